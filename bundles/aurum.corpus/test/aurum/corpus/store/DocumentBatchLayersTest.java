package aurum.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import's spans are written with their documents, in the same durable groups, not one save each. */
class DocumentBatchLayersTest {

    @TempDir
    Path dir;

    private static final LayerOwner IMPORT = LayerOwner.annotator("import");

    private static Document doc(String id, int n) {
        return Document.imported(id, "Report " + n + ": Tokyo \uD83D\uDE80 and Osaka\r\nagreed.", DocumentMetadata.NONE);
    }

    private static List<Span> spans(Document d) {
        int tokyo = d.text().indexOf("Tokyo");
        int osaka = d.text().indexOf("Osaka");
        return List.of(Span.builder().range(tokyo, tokyo + 5).label("LOC").created(Instant.EPOCH).build(),
                Span.builder().range(osaka, osaka + 5).label("LOC").created(Instant.EPOCH).build());
    }

    @Test
    void firstLayersAreWrittenWithTheirDocumentsAcrossSeveralGroups() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        int n = DocumentBatch.GROUP_DOCUMENTS + 10;
        try (DocumentBatch batch = store.batch()) {
            for (int i = 0; i < n; i++) {
                Document d = doc(String.format("d%04d", i), i);
                assertEquals(new StoredDocument(d.id(), true), batch.add(d, null, IMPORT, i % 7 == 0 ? List.of() : spans(d)));
            }
        }
        CorpusStore reopened = CorpusStore.open(dir);
        for (int i = 0; i < n; i++) {
            String id = String.format("d%04d", i);
            Layer layer = reopened.loadLayer(id, IMPORT);
            if (i % 7 == 0) {
                assertEquals(0, layer.revision(), "no spans, no layer file: " + id);
                assertFalse(Files.exists(dir.resolve("layers/annotators/import/" + id + ".json")));
            } else {
                assertEquals(1, layer.revision(), id);
                assertEquals(List.of("Tokyo", "Osaka"), layer.spans().stream()
                        .map(s -> s.coveredText(layer.document().text())).toList());
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aTextStoredAlreadyGetsNoLayerFromTheBatch() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        Document d = doc("a", 1);
        store.addDocument(d);
        try (DocumentBatch batch = store.batch()) {
            assertEquals(new StoredDocument("a", false), batch.add(doc("a", 1), null, IMPORT, spans(d)));
            assertEquals(new StoredDocument("a", false), batch.add(doc("other-id", 1), null, IMPORT, spans(d)));
        }
        assertEquals(0, store.loadLayer("a", IMPORT).revision());
    }

    @Test
    void aLayerFileLeftByADeletedDocumentIsKept() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        Path stale = dir.resolve("layers/annotators/import/b.json");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "left behind");
        try (DocumentBatch batch = store.batch()) {
            Document b = doc("b", 2);
            batch.add(b, null, IMPORT, spans(b));
        }
        assertEquals("left behind", Files.readString(stale));
    }

    @Test
    void spansThatDoNotFitTheTextAreRefusedAtOnceNamingTheDocument() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        Document c = doc("c", 3);
        int emoji = c.text().indexOf('\uD83D');
        try (DocumentBatch batch = store.batch()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> batch.add(c, null, IMPORT,
                    List.of(Span.builder().range(0, 999).label("X").created(Instant.EPOCH).build())));
            assertTrue(e.getMessage().contains("'c'"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> batch.add(c, null, IMPORT,
                    List.of(Span.builder().range(0, emoji + 1).label("X").created(Instant.EPOCH).build())));
        }
        assertTrue(store.documents().isEmpty(), "nothing stored");
    }

    @Test
    void theLayerIsWhatAddingTheSpansToANewLayerGivesInProgressOnlyForAPersonsDecisions() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        Document decided = doc("decided", 1);
        Document suggested = doc("suggested", 2);
        List<Span> decisions = spans(decided);
        List<Span> suggestions = spans(suggested).stream()
                .map(s -> Span.builder().range(s.start(), s.end()).label(s.labelId()).created(Instant.EPOCH)
                        .status(SpanStatus.SUGGESTED).build())
                .toList();
        try (DocumentBatch batch = store.batch()) {
            batch.add(decided, null, IMPORT, decisions);
            batch.add(suggested, null, IMPORT, suggestions);
        }
        for (Document d : List.of(decided, suggested)) {
            Layer expected = new Layer(d, IMPORT);
            expected.addAll(d == decided ? decisions : suggestions);
            Layer stored = CorpusStore.open(dir).loadLayer(d.id(), IMPORT);
            assertEquals(expected.state(), stored.state(), d.id());
            assertEquals(expected.revision(), stored.revision(), d.id());
            assertEquals(expected.spans(), stored.spans(), d.id());
        }
        assertEquals(LayerState.IN_PROGRESS, CorpusStore.open(dir).loadLayer("decided", IMPORT).state());
        assertEquals(LayerState.NEW, CorpusStore.open(dir).loadLayer("suggested", IMPORT).state());
    }
}
