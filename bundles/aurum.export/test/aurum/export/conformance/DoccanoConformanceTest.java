package aurum.export.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.Importers;
import aurum.corpus.importer.OffsetUnit;
import aurum.corpus.store.CorpusStore;
import aurum.export.ExportOptions;

/**
 * doccano's sequence-labelling and relation-extraction files, as its import examples and tests and its
 * export examples hold them: the {@code label} triples, the {@code entities}/{@code relations} shape (also
 * pretty printed over many lines), and the malformed cases doccano's own tests reject. Each good file imports
 * to the expected spans, with relations counted; exported as JSONL in every offset unit and imported again
 * without saying the unit (the export writes it), it gives the same spans.
 */
class DoccanoConformanceTest {

    private static final String IMPORT = "doccano/backend/data_import/";
    private static final String EXPORT = "doccano/backend/data_export/pipeline/examples/";

    @TempDir
    Path tmp;

    private static List<String> covered(ImportedDocument d) {
        return d.spans().stream().map(s -> s.labelId() + "/" + s.coveredText(d.document().text())).toList();
    }

    @Test
    void sequenceLabellingAsDoccanoExportsIt() throws Exception {
        RoundTrip.Imported imported = RoundTrip.read(Importers.jsonl(),
                ConformanceFixtures.require(EXPORT + "sequence_labeling/example.jsonl"));
        assertEquals(3, imported.documents().size());
        assertEquals(List.of("ORG/EU", "MISC/German"), covered(imported.documents().get(0)));
        assertEquals(List.of("PERSON/Peter Blackburn"), covered(imported.documents().get(1)));
        assertEquals(List.of("PERSON/Obama"), covered(imported.documents().get(2)));
        assertTrue(imported.allWarnings().isEmpty(), imported.allWarnings().toString());
        roundTrip(imported.documents());
    }

    @Test
    void entitiesAndRelationsOnOneLineAndPrettyPrinted() throws Exception {
        for (Path file : List.of(ConformanceFixtures.require(IMPORT + "pipeline/examples/relation_extraction/example.jsonl"),
                ConformanceFixtures.require(EXPORT + "relation_extraction/example.jsonl"))) {
            RoundTrip.Imported imported = RoundTrip.read(Importers.jsonl(), file);
            ImportedDocument d = imported.only();
            assertEquals(List.of("ORG/Google", "DATE/September 4, 1998", "PERSON/Larry Page", "PERSON/Sergey Brin"),
                    covered(d), file.toString());
            assertEquals(Map.of("relation", 3L), Expectations.skipped(imported.allWarnings()), file.toString());
            roundTrip(imported.documents());
        }
    }

    @Test
    void doccanosImportTestFiles() throws Exception {
        Path dir = ConformanceFixtures.require(IMPORT + "tests/data/sequence_labeling");
        ImportException noText = assertThrows(ImportException.class,
                () -> RoundTrip.read(Importers.jsonl(), dir.resolve("example.jsonl")));
        assertEquals(3, noText.line(), "doccano's test rejects the third line, which has no text");
        assertTrue(noText.getMessage().contains("no string field \"text\" (it has label, meta)"), noText.getMessage());
        RoundTrip.Imported overlapping = RoundTrip.read(Importers.jsonl(), dir.resolve("example_overlapping.jsonl"));
        assertEquals(List.of("LOC/e", "LOC/e"), covered(overlapping.only()));
        assertEquals(Map.of("field", 1L), Expectations.skipped(overlapping.allWarnings()), "meta.wikiPageID is not kept");
        ImportException columns = assertThrows(ImportException.class, () -> RoundTrip.read(Importers.jsonl(),
                ConformanceFixtures.require(IMPORT + "pipeline/examples/sequence_labeling/example.jsonl")));
        assertTrue(columns.getMessage().contains("(it has column_data, column_label)"), columns.getMessage());
    }

    /** Exports in each offset unit and imports without naming the unit: the records say it. */
    private void roundTrip(List<ImportedDocument> originals) throws Exception {
        Path dir = tmp.resolve("corpus-" + System.nanoTime());
        CorpusStore store = RoundTrip.corpus(dir, originals);
        for (OffsetUnit unit : OffsetUnit.values()) {
            Path export = RoundTrip.export(store, "jsonl", ExportOptions.defaults().withOffsetUnit(unit), tmp);
            RoundTrip.Imported again = RoundTrip.read(Importers.jsonl(), export.resolve("all.jsonl"));
            assertEquals(originals.size(), again.documents().size());
            for (int i = 0; i < originals.size(); i++) {
                assertEquals(originals.get(i).document().text(), again.documents().get(i).document().text());
                assertEquals(RoundTrip.keys(originals.get(i)), RoundTrip.keys(again.documents().get(i)), unit.name());
            }
            assertTrue(again.allWarnings().isEmpty(), unit + ": " + again.allWarnings());
        }
    }
}
