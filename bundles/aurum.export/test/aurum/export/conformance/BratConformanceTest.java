package aurum.export.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.Importers;
import aurum.corpus.importer.OffsetUnit;
import aurum.corpus.store.CorpusStore;
import aurum.export.ExportOptions;

/**
 * brat standoff written by brat itself (its tutorial collections, with attributes, notes, normalizations,
 * relations, events and empty {@code .ann} files) and by DKPro Core's tests (a discontinuous annotation,
 * the same text annotated twice, {@code .ann} files without their {@code .txt}): each folder imports to
 * the documents and spans in {@code test-data/conformance/brat-expected.jsonl} with what it cannot hold
 * counted per kind; each document exported as brat (in code points, and in UTF-16 units for DKPro's readers)
 * and imported again gives the same text and spans, with their attributes, normalizations and notes, an empty
 * {@code .ann} an empty one again; exported as JSONL and imported again, the same spans, attributes and notes.
 */
class BratConformanceTest {

    static final String DKPRO = "dkpro-core/dkpro-core-io-brat-asl/src/test/resources/brat";
    static final List<String> FOLDERS = List.of(DKPRO, "nlplab-brat/example-data/tutorials/news",
            "nlplab-brat/example-data/tutorials/bio");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> eachFolderImportsAsExpectedAndEachDocumentRoundTrips() {
        return FOLDERS.stream().map(folder -> DynamicTest.dynamicTest(folder, () -> check(folder)));
    }

    private void check(String folder) throws Exception {
        Path source = ConformanceFixtures.require(folder);
        RoundTrip.Imported imported = RoundTrip.read(Importers.brat(), source);
        List<JsonObject> expected = Expectations.load("brat-expected.jsonl", "folder", folder);
        JsonObject folderLevel = expected.remove(0);
        assertEquals(Expectations.skipped(folderLevel), Expectations.skipped(imported.warnings()),
                "what the folder holds besides its documents");
        assertEquals(expected.stream().map(e -> e.get("document").getAsString()).toList(),
                imported.documents().stream().map(d -> d.document().id()).toList(), "documents of " + folder);
        for (int i = 0; i < expected.size(); i++) {
            JsonObject e = expected.get(i);
            ImportedDocument d = imported.documents().get(i);
            String id = d.document().id();
            assertEquals(Expectations.strings(e, "spans"), Expectations.spans(d), "spans of " + id);
            assertEquals(Expectations.skipped(e), Expectations.skipped(d.warnings()), "left out of " + id);
            assertEquals(e.get("annotated").getAsBoolean(), d.annotated(), "annotated: " + id);
            roundTrip(d, ExportOptions.defaults(), Importers.brat());
            roundTrip(d, ExportOptions.defaults().withOffsetUnit(OffsetUnit.UTF16), Importers.brat(OffsetUnit.UTF16));
            jsonlRoundTrip(d);
        }
    }

    /** The spans with their attributes and notes ({@link Expectations#describe}), sorted: the export orders by offset. */
    private static List<String> described(ImportedDocument document) {
        return Expectations.spans(document).stream().sorted().toList();
    }

    /** Exported as JSONL (Aurum's shape, with attributes and notes) and imported again: the same spans. */
    private void jsonlRoundTrip(ImportedDocument original) throws Exception {
        Path dir = tmp.resolve(original.document().id() + "-jsonl-" + System.nanoTime());
        CorpusStore store = RoundTrip.corpus(dir.resolve("corpus"), List.of(original));
        Path export = RoundTrip.export(store, "jsonl", ExportOptions.defaults(), dir);
        ImportedDocument again = RoundTrip.read(Importers.jsonl(), export.resolve("all.jsonl")).only();
        assertEquals(original.document().text(), again.document().text());
        assertEquals(described(original), described(again), "spans, attributes and notes after the JSONL round trip of "
                + original.document().id());
    }

    private void roundTrip(ImportedDocument original, ExportOptions options, aurum.corpus.importer.Importer importer)
            throws Exception {
        Path dir = tmp.resolve(original.document().id() + "-" + System.nanoTime());
        CorpusStore store = RoundTrip.corpus(dir.resolve("corpus"), List.of(original));
        Path export = RoundTrip.export(store, "brat", options, dir);
        Path txt = export.resolve("all/" + original.document().id() + ".txt");
        assertTrue(Files.isRegularFile(txt.resolveSibling(original.document().id() + ".ann")),
                "every annotated document has its .ann, an empty one too");
        ImportedDocument again = RoundTrip.read(importer, txt).only();
        assertEquals(original.document().text(), again.document().text());
        assertEquals(RoundTrip.keys(original), RoundTrip.keys(again), "spans after the round trip of "
                + original.document().id() + " with offsets " + options.offsetUnit());
        assertEquals(described(original), described(again), "attributes, normalizations and notes after the round trip"
                + " of " + original.document().id());
        assertEquals(original.annotated(), again.annotated());
        assertTrue(again.warnings().isEmpty(), "a clean round trip warns of nothing: " + again.warnings());
    }

    @Test
    void dkprosTwoAnnotationsOfOneTextBothReachTheCorpus() throws Exception {
        Path source = ConformanceFixtures.require(DKPRO);
        RoundTrip.Imported imported = RoundTrip.read(Importers.brat(), source);
        List<ImportedDocument> same = new ArrayList<>();
        imported.documents().stream().filter(d -> d.document().id().startsWith("document0a")
                || d.document().id().startsWith("document0b")).forEach(same::add);
        CorpusStore store = CorpusStore.create(tmp.resolve("corpus"),
                aurum.corpus.store.CorpusSettings.of("dkpro", new aurum.core.model.LabelSetRef("news", "1.0.0")));
        List<String> layers = new ArrayList<>();
        for (ImportedDocument d : same) {
            String id = store.addDocument(d.document());
            layers.add(aurum.corpus.importer.ImportedLayers.store(store, id, d, "import").owner().describe());
        }
        assertEquals(List.of("annotator 'import'", "annotator 'import-2'"), layers);
        assertEquals(Map.of("Token", 5), labels(store, "document0a", "import"));
        assertEquals(Map.of("de-tudarmstadt-ukp-dkpro-core-api-segmentation-type-Token", 5),
                labels(store, "document0a", "import-2"));
    }

    private static Map<String, Integer> labels(CorpusStore store, String id, String annotator) throws Exception {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        store.loadLayer(id, aurum.core.model.LayerOwner.annotator(annotator)).spans()
                .forEach(s -> counts.merge(s.labelId(), 1, Integer::sum));
        return counts;
    }
}
