package aurum.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a layer without its text: what it must agree with ({@code loadLayer}) and what it still checks. */
class LayerSnapshotTest {

    private static final LayerOwner ALICE = LayerOwner.annotator("alice");

    @TempDir
    Path dir;

    private CorpusStore store;

    @BeforeEach
    void corpus() throws Exception {
        store = CorpusStore.create(dir.resolve("c"), StoreFixtures.settings());
        store.addDocument(StoreFixtures.trickyDocument("d"));
    }

    @Test
    void aLayerNeverSavedIsNewAtRevisionZeroWithoutSpans() throws Exception {
        LayerSnapshot snapshot = store.layerSnapshot("d", ALICE);
        assertEquals(new LayerSnapshot(ALICE, LayerState.NEW, 0, List.of()), snapshot);
    }

    @Test
    void agreesWithLoadLayerIncludingJournaledChanges() throws Exception {
        Layer layer = store.loadLayer("d", ALICE);
        layer.add(StoreFixtures.simpleSpan("a", 0, 5, SpanStatus.MANUAL));
        layer.add(StoreFixtures.simpleSpan("b", 6, 10, SpanStatus.SUGGESTED));
        long revision = store.saveLayer(layer, 0);
        Span c = StoreFixtures.simpleSpan("c", 11, 14, SpanStatus.ACCEPTED);
        layer.add(c);
        layer.remove("a");
        layer.setState(LayerState.DONE);
        revision = store.saveChanges(layer, revision, LayerChanges.builder().put(c).remove("a").build());

        LayerSnapshot snapshot = store.layerSnapshot("d", ALICE);
        Layer loaded = store.loadLayer("d", ALICE);
        assertEquals(loaded.state(), snapshot.state());
        assertEquals(LayerState.DONE, snapshot.state());
        assertEquals(revision, snapshot.revision());
        assertEquals(loaded.revision(), snapshot.revision());
        assertEquals(sorted(loaded.spans()), sorted(snapshot.spans()));
    }

    @Test
    void aSpanBeyondTheRecordedLengthIsAnErrorNamingTheFile() throws Exception {
        Layer layer = store.loadLayer("d", LayerOwner.GOLD);
        layer.add(StoreFixtures.simpleSpan("a", 0, 5, SpanStatus.MANUAL));
        store.saveLayer(layer, 0);
        Path file = dir.resolve("c/layers/gold/d.json");
        Files.writeString(file, Files.readString(file).replace("\"end\":5", "\"end\":500"));
        CorpusStoreException e = assertThrows(CorpusStoreException.class,
                () -> store.layerSnapshot("d", LayerOwner.GOLD));
        assertTrue(e.getMessage().contains("layers/gold/d.json") && e.getMessage().contains("beyond the text"),
                e.getMessage());
    }

    @Test
    void aLayerOfAnotherTextIsRefused() throws Exception {
        Layer layer = store.loadLayer("d", LayerOwner.GOLD);
        layer.add(StoreFixtures.simpleSpan("a", 0, 5, SpanStatus.MANUAL));
        store.saveLayer(layer, 0);
        Path file = dir.resolve("c/layers/gold/d.json");
        String hash = store.document("d").orElseThrow().contentHash();
        Files.writeString(file, Files.readString(file).replace(hash, "0".repeat(hash.length())));
        CorpusStoreException e = assertThrows(CorpusStoreException.class,
                () -> store.layerSnapshot("d", LayerOwner.GOLD));
        assertTrue(e.getMessage().contains("contentHash"), e.getMessage());
    }

    @Test
    void withoutTheTextItRefusesTheRuleBreaksThatNeedNoText() throws Exception {
        Document document = store.document("d").orElseThrow();
        int rocket = document.text().indexOf('\uD83D');
        Path file = goldLayerWithAnEmojiSpan(rocket);
        String intact = Files.readString(file);
        Map<String, String> broken = Map.of(
                "used twice", intact.replace("\"id\":\"b\"", "\"id\":\"a\""),
                "not allowed", intact.replace("\"state\":\"IN_PROGRESS\"", "\"state\":\"DONE\""),
                "negative", intact.replace("\"revision\":1", "\"revision\":-1"));
        for (Map.Entry<String, String> e : broken.entrySet()) {
            assertTrue(!e.getValue().equals(intact), e.getKey());
            Files.writeString(file, e.getValue());
            CorpusStoreException error = assertThrows(CorpusStoreException.class,
                    () -> store.layerSnapshot("d", LayerOwner.GOLD), e.getKey());
            assertTrue(error.getMessage().contains("layers/gold/d.json") && error.getMessage().contains(e.getKey()),
                    error.getMessage());
        }
        // a split surrogate pair needs the text: left to the reader with the text
        Files.writeString(file, intact.replace("\"end\":" + (rocket + 2), "\"end\":" + (rocket + 1)));
        assertEquals(2, store.layerSnapshot("d", LayerOwner.GOLD).spans().size());
    }

    @Test
    void aMissingDocumentIsAnError() {
        CorpusStoreException e = assertThrows(CorpusStoreException.class, () -> store.layerSnapshot("nope", ALICE));
        assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
    }

    /** Stores a gold layer with span "a" at [0, 5) and span "b" on the emoji at {@code rocket}; returns its file. */
    private Path goldLayerWithAnEmojiSpan(int rocket) throws Exception {
        Layer layer = store.loadLayer("d", LayerOwner.GOLD);
        layer.add(StoreFixtures.simpleSpan("a", 0, 5, SpanStatus.MANUAL));
        layer.add(StoreFixtures.simpleSpan("b", rocket, rocket + 2, SpanStatus.MANUAL));
        store.saveLayer(layer, 0);
        return dir.resolve("c/layers/gold/d.json");
    }

    private static List<Span> sorted(List<Span> spans) {
        return spans.stream().sorted(Comparator.comparing(Span::id)).toList();
    }

    @Test
    void withTheTextItAgreesWithLoadLayer() throws Exception {
        Layer layer = store.loadLayer("d", ALICE);
        layer.add(StoreFixtures.simpleSpan("a", 0, 5, SpanStatus.MANUAL));
        long revision = store.saveLayer(layer, 0);
        Span b = StoreFixtures.simpleSpan("b", 6, 10, SpanStatus.MANUAL);
        layer.add(b);
        store.saveChanges(layer, revision, LayerChanges.builder().put(b).build());
        Document document = store.document("d").orElseThrow();
        LayerSnapshot snapshot = store.layerSnapshot(document, ALICE);
        Layer loaded = store.loadLayer(document, ALICE);
        assertEquals(new LayerSnapshot(ALICE, loaded.state(), loaded.revision(), sorted(loaded.spans())),
                new LayerSnapshot(ALICE, snapshot.state(), snapshot.revision(), sorted(snapshot.spans())));
        assertEquals(new LayerSnapshot(LayerOwner.GOLD, LayerState.NEW, 0, List.of()),
                store.layerSnapshot(document, LayerOwner.GOLD));
    }

    @Test
    void withTheTextItRefusesWhatLoadLayerRefuses() throws Exception {
        Document document = store.document("d").orElseThrow();
        int rocket = document.text().indexOf('\uD83D');
        Path file = goldLayerWithAnEmojiSpan(rocket);
        String intact = Files.readString(file);
        Map<String, String> broken = Map.of(
                "surrogate pair", intact.replace("\"end\":" + (rocket + 2), "\"end\":" + (rocket + 1)),
                "used twice", intact.replace("\"id\":\"b\"", "\"id\":\"a\""),
                "not allowed", intact.replace("\"state\":\"IN_PROGRESS\"", "\"state\":\"DONE\""));
        for (Map.Entry<String, String> e : broken.entrySet()) {
            assertTrue(!e.getValue().equals(intact), e.getKey());
            Files.writeString(file, e.getValue());
            assertThrows(CorpusStoreException.class, () -> store.loadLayer(document, LayerOwner.GOLD), e.getKey());
            CorpusStoreException error = assertThrows(CorpusStoreException.class,
                    () -> store.layerSnapshot(document, LayerOwner.GOLD), e.getKey());
            assertTrue(error.getMessage().contains("layers/gold/d.json") && error.getMessage().contains(e.getKey()),
                    error.getMessage());
        }
        Files.writeString(file, intact);
        Document other = StoreFixtures.plainDocument("d", "another text");
        CorpusStoreException e = assertThrows(CorpusStoreException.class,
                () -> store.layerSnapshot(other, LayerOwner.GOLD));
        assertTrue(e.getMessage().contains("not the one stored"), e.getMessage());
    }
}
