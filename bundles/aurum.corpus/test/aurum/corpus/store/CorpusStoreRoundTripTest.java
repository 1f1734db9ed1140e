package aurum.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.SpanStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStoreRoundTripTest {

    private static final LayerOwner ALICE = LayerOwner.annotator("alice");

    @TempDir
    Path dir;

    @Test
    void documentTextAndMetadataSurviveReopeningExactly() throws IOException {
        Document original = StoreFixtures.trickyDocument("doc-1");
        CorpusStore.create(dir, StoreFixtures.settings()).addDocument(original);

        CorpusStore reopened = CorpusStore.open(dir);
        Document loaded = reopened.document("doc-1").orElseThrow();
        assertEquals(original, loaded);
        assertTrue(loaded.byteOrderMarkRemoved());
        assertTrue(loaded.text().contains("\r\n"));
        assertEquals(StoreFixtures.settings(), reopened.settings());
        assertEquals(List.of(new DocumentInfo("doc-1", original.contentHash(), original.length(), true,
                original.metadata())), reopened.documents());
    }

    @Test
    void textFileHoldsTheTextAsUtf8WithoutTheByteOrderMark() throws IOException {
        Document original = StoreFixtures.trickyDocument("doc-1");
        CorpusStore.create(dir, StoreFixtures.settings()).addDocument(original);
        byte[] bytes = Files.readAllBytes(dir.resolve("documents/doc-1.txt"));
        assertEquals(original.text(), new String(bytes, StandardCharsets.UTF_8));
        assertEquals('T', bytes[0]);
    }

    @Test
    void layerWithEverySpanFieldSurvivesReopening() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        Document document = StoreFixtures.trickyDocument("doc-1");
        store.addDocument(document);
        Layer layer = store.loadLayer("doc-1", ALICE);
        layer.add(StoreFixtures.richSpan(document));
        layer.add(StoreFixtures.simpleSpan("s-tokyo", 0, 5, SpanStatus.SUGGESTED));
        layer.add(StoreFixtures.simpleSpan("s-no", 12, 16, SpanStatus.REJECTED));
        layer.setState(LayerState.DONE);
        assertEquals(1, store.saveLayer(layer, 0));

        Layer loaded = CorpusStore.open(dir).loadLayer("doc-1", ALICE);
        assertEquals(layer.spans(), loaded.spans());
        assertEquals(LayerState.DONE, loaded.state());
        assertEquals(1, loaded.revision());
        assertEquals("\uD83D\uDE80 costs $1.50", loaded.find("s-rich").orElseThrow().coveredText(document.text()));
    }

    @Test
    void goldAndAnnotatorLayersAreKeptApart() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        store.addDocument(StoreFixtures.plainDocument("d", "Tokyo and Osaka"));
        Layer gold = store.loadLayer("d", LayerOwner.GOLD);
        gold.add(StoreFixtures.simpleSpan("g", 0, 5, SpanStatus.MANUAL));
        gold.setState(LayerState.CURATED);
        store.saveLayer(gold, 0);

        assertTrue(store.loadLayer("d", ALICE).isEmpty());
        assertEquals(LayerState.CURATED, store.loadLayer("d", LayerOwner.GOLD).state());
        assertTrue(Files.exists(dir.resolve("layers/gold/d.json")));
    }

    @Test
    void missingLayerLoadsAsNewEmptyLayerAtRevisionZero() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        store.addDocument(StoreFixtures.plainDocument("d", "text"));
        Layer layer = store.loadLayer("d", ALICE);
        assertTrue(layer.isEmpty());
        assertEquals(LayerState.NEW, layer.state());
        assertEquals(0, layer.revision());
    }

    @Test
    void layerFileHasStableKeyOrderAndOneSpanPerLine() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        Document document = StoreFixtures.plainDocument("d", "Tokyo \u201Csaid\u201D");
        store.addDocument(document);
        Layer layer = store.loadLayer("d", ALICE);
        layer.add(StoreFixtures.simpleSpan("b", 7, 11, SpanStatus.MANUAL).withNote("a \"quoted\" note"));
        layer.add(StoreFixtures.simpleSpan("a", 0, 5, SpanStatus.SUGGESTED)
                .withAttribute("z", aurum.core.model.AttributeValue.ofBoolean(true))
                .withAttribute("a", aurum.core.model.AttributeValue.ofNumber(2)));
        layer.setState(LayerState.IN_PROGRESS);
        store.saveLayer(layer, 0);

        String expected = "{\"formatVersion\":1,\"document\":\"d\",\"contentHash\":\"" + document.contentHash()
                + "\",\"owner\":\"annotator:alice\",\"state\":\"IN_PROGRESS\",\"revision\":1,\"spans\":[\n"
                + "{\"id\":\"a\",\"start\":0,\"end\":5,\"label\":\"LOC\",\"attributes\":{\"a\":{\"number\":2},"
                + "\"z\":{\"boolean\":true}},\"created\":\"2026-01-02T03:04:05.123456789Z\","
                + "\"modified\":\"2026-01-02T03:04:05.123456789Z\",\"status\":\"SUGGESTED\"},\n"
                + "{\"id\":\"b\",\"start\":7,\"end\":11,\"label\":\"LOC\",\"note\":\"a \\\"quoted\\\" note\","
                + "\"created\":\"2026-01-02T03:04:05.123456789Z\",\"modified\":\"2026-01-02T03:04:05.123456789Z\","
                + "\"status\":\"MANUAL\"}\n"
                + "]}\n";
        assertEquals(expected, Files.readString(dir.resolve("layers/annotators/alice/d.json")));
    }

    @Test
    void addingTheSameTextAgainIsANoOpReturningTheExistingId() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        assertEquals("first", store.addDocument(StoreFixtures.plainDocument("first", "same text")));
        assertEquals("first", store.addDocument(StoreFixtures.plainDocument("second", "same text")));
        assertEquals("first", store.addDocument(StoreFixtures.plainDocument("first", "same text")));
        assertEquals(List.of("first"), store.documents().stream().map(DocumentInfo::id).toList());
        assertFalse(Files.exists(dir.resolve("documents/second.txt")));
    }

    @Test
    void sameIdWithDifferentTextIsRefusedAndKeepsTheStoredText() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        store.addDocument(StoreFixtures.plainDocument("d", "old text"));
        CorpusStoreException error = assertThrows(CorpusStoreException.class,
                () -> store.addDocument(StoreFixtures.plainDocument("d", "new text")));
        assertTrue(error.getMessage().contains("'d'"), error.getMessage());
        assertEquals("old text", store.document("d").orElseThrow().text());
    }

    @Test
    void idsDifferingOnlyInCaseAreRefusedBecauseTheyClashOnSomeFileSystems() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        store.addDocument(StoreFixtures.plainDocument("Doc", "one"));
        assertThrows(CorpusStoreException.class, () -> store.addDocument(StoreFixtures.plainDocument("doc", "two")));
    }

    @Test
    void documentsAreListedSortedById() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        for (String id : List.of("c", "a", "b")) {
            store.addDocument(StoreFixtures.plainDocument(id, "text " + id));
        }
        assertEquals(List.of("a", "b", "c"), store.documents().stream().map(DocumentInfo::id).toList());
        assertEquals(List.of("a", "b", "c"), store.documentIds());
    }

    @Test
    void documentIdsAreThoseOfDocumentsWithoutReadingMetaFiles() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        for (String id : List.of("b-2", "B-1", "a", "a.b", "z_9")) {
            store.addDocument(StoreFixtures.plainDocument(id, "text " + id));
        }
        assertEquals(store.documents().stream().map(DocumentInfo::id).toList(), store.documentIds());
        // a broken meta file still lists (its id comes from the file name); reading the document finds the damage
        java.nio.file.Files.writeString(dir.resolve("documents/a.meta.json"), "{ broken");
        assertEquals(List.of("B-1", "a", "a.b", "b-2", "z_9"), store.documentIds());
        assertThrows(CorpusStoreException.class, store::documents);
    }

    @Test
    void unknownDocumentIsEmptyAndItsLayerCannotBeLoaded() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        assertTrue(store.document("nope").isEmpty());
        CorpusStoreException error = assertThrows(CorpusStoreException.class, () -> store.loadLayer("nope", ALICE));
        assertTrue(error.getMessage().contains("'nope'"), error.getMessage());
    }

    @Test
    void idThatIsNoSafeFileNameIsRefused() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        assertThrows(IllegalArgumentException.class,
                () -> store.addDocument(StoreFixtures.plainDocument("../escape", "text")));
    }

    @Test
    void creatingInANonEmptyFolderIsRefused() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThrows(CorpusStoreException.class, () -> CorpusStore.create(dir, StoreFixtures.settings()));
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
    }

    @Test
    void derivedDataIsIgnoredByGitAndTextsAreKeptByteForByte() throws IOException {
        CorpusStore.create(dir, StoreFixtures.settings());
        assertTrue(Files.readString(dir.resolve(".gitignore")).contains(".aurum/"));
        assertTrue(Files.readString(dir.resolve(".gitattributes")).contains("documents/*.txt -text"));
    }
}
