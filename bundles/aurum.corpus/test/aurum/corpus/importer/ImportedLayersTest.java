package aurum.corpus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.importer.ImportedLayers.Outcome;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

class ImportedLayersTest {

    @TempDir
    Path dir;

    private static ImportedDocument imported(String id, String text, boolean annotated, Object... spans) {
        List<Span> list = new java.util.ArrayList<>();
        for (int i = 0; i < spans.length; i += 3) {
            list.add(Span.builder().range((Integer) spans[i], (Integer) spans[i + 1]).label((String) spans[i + 2]).build());
        }
        return new ImportedDocument(Document.imported(id, text, DocumentMetadata.NONE), list, List.of(), null, annotated);
    }

    private String add(CorpusStore store, ImportedDocument imported) throws Exception {
        return store.addDocument(imported.document());
    }

    @Test
    void storesTheSameTextWithOtherAnnotationsAsAnotherLayerAndNothingTwice() throws Exception {
        CorpusStore store = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c", new LabelSetRef("news", "1.0.0")));
        ImportedDocument a = imported("document0a", "This is a test.", true, 0, 4, "Token", 5, 7, "Token");
        ImportedDocument b = imported("document0b", "This is a test.", true, 0, 4, "Word");
        String id = add(store, a);
        assertEquals(id, add(store, b), "the store keeps one copy of a text");

        ImportedLayers.Placement first = ImportedLayers.store(store, id, a, "import");
        assertEquals(Outcome.STORED, first.outcome());
        assertEquals(2, first.spans());
        ImportedLayers.Placement second = ImportedLayers.store(store, id, b, "import");
        assertEquals(Outcome.STORED_IN_ANOTHER_LAYER, second.outcome());
        assertEquals(LayerOwner.annotator("import-2"), second.owner());
        assertEquals(List.of("0 4 Word"), store.loadLayer(id, second.owner()).spans().stream()
                .map(s -> s.start() + " " + s.end() + " " + s.labelId()).toList());
        assertEquals(2, store.loadLayer(id, LayerOwner.annotator("import")).size(), "the first layer is unchanged");

        ImportedDocument again = imported("document0b", "This is a test.", true, 0, 4, "Word");
        ImportedLayers.Placement third = ImportedLayers.store(store, id, again, "import");
        assertEquals(Outcome.ALREADY_STORED, third.outcome(), "importing the same file twice stores nothing");
        assertEquals(LayerOwner.annotator("import-2"), third.owner());
        assertEquals(List.of(LayerOwner.annotator("import"), LayerOwner.annotator("import-2")), store.layers(id));
    }

    @Test
    void givesAnAnnotatedDocumentWithoutSpansAnEmptyLayerAndPlainTextNone() throws Exception {
        CorpusStore store = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c", new LabelSetRef("news", "1.0.0")));
        ImportedDocument negative = imported("neg", "Nothing to see here.", true);
        ImportedDocument plain = imported("plain", "Not annotated yet.", false);
        String n = add(store, negative);
        String p = add(store, plain);
        assertEquals(Outcome.STORED, ImportedLayers.store(store, n, negative, "import").outcome());
        assertEquals(List.of(LayerOwner.annotator("import")), store.layers(n), "an empty layer, saved");
        assertEquals(Outcome.NOT_ANNOTATED, ImportedLayers.store(store, p, plain, "import").outcome());
        assertTrue(store.layers(p).isEmpty());
        assertEquals(Outcome.ALREADY_STORED, ImportedLayers.store(store, n, negative, "import").outcome());
    }

    @Test
    void reportAddsUpWhatWasLeftOutPerKindAndWritesOneLinePerWarning() throws Exception {
        ImportReport report = new ImportReport();
        report.add(ImportWarning.skipped("a.ann", 0, "relation", 3, "3 relation(s) not imported"));
        report.add(new ImportWarning("a.txt", 0, "decoded as windows-1252"));
        report.addAll(List.of(ImportWarning.skipped("b.ann", 4, "relation", 2, "2 relation(s)"),
                ImportWarning.skipped("b.ann", 0, "event", 1, "1 event(s)")));
        assertEquals("1 event, 5 relation", report.skippedSummary());
        assertEquals(6, report.skippedTotal());
        Path file = dir.resolve("reports/import.jsonl");
        report.write(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(4, lines.size());
        assertEquals("{\"file\":\"b.ann\",\"line\":4,\"kind\":\"relation\",\"count\":2,\"message\":\"2 relation(s)\"}", lines.get(2));
    }
}
