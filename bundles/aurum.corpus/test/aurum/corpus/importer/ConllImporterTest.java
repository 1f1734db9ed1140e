package aurum.corpus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllImporterTest {

    @TempDir
    Path dir;

    private final Importer importer = Importers.conll();

    private Path write(String content) throws Exception {
        Path file = dir.resolve("train.conll");
        Files.writeString(file, content);
        return file;
    }

    private static List<String> covered(ImportedDocument imported) {
        return imported.spans().stream().map(s -> s.coveredText(imported.document().text()) + "/" + s.labelId()).toList();
    }

    @Test
    void splitsDocumentsAtDocstartAndRebuildsTextFromTokensAndSentences() throws Exception {
        Path fixture = Path.of("test-data/import/conll/sample.conll");
        assertTrue(importer.accepts(fixture));
        CollectingSink sink = CollectingSink.read(importer, fixture);
        assertEquals(2, sink.documents.size());
        ImportedDocument first = sink.documents.get(0);
        assertEquals("sample-0001", first.document().id());
        assertEquals("EU rejects German call .\nPeter Blackburn", first.document().text());
        assertEquals(List.of("EU/ORG", "German/MISC", "Peter Blackburn/PER"), covered(first));
        assertEquals("BRUSSELS 1996-08-22", sink.documents.get(1).document().text());
        assertEquals(List.of("BRUSSELS/LOC"), covered(sink.documents.get(1)));
    }

    @Test
    void readsIob1WhereInsideTagsStartSpansAndBeginTagsSplitThem() throws Exception {
        ImportedDocument imported = CollectingSink.read(importer, write(
                "Hans I-PER\nMeyer I-PER\nKarl B-PER\nin O\nNew I-LOC\nYork I-LOC\n\nJapan I-LOC\n")).only();
        assertEquals(List.of("Hans Meyer/PER", "Karl/PER", "New York/LOC", "Japan/LOC"), covered(imported));
    }

    @Test
    void closesSpansAtSentenceEndsAndLabelChanges() throws Exception {
        ImportedDocument imported = CollectingSink.read(importer, write(
                "Tokyo B-LOC\n\nUniversity I-LOC\nToyota I-ORG\n")).only();
        assertEquals("Tokyo\nUniversity Toyota", imported.document().text());
        assertEquals(List.of("Tokyo/LOC", "University/LOC", "Toyota/ORG"), covered(imported));
    }

    @Test
    void namesTheLineWithTheWrongNumberOfColumns() throws Exception {
        Path file = write("EU NNP B-NP B-ORG\nrejects VBZ O\n");
        ImportException e = assertThrows(ImportException.class, () -> CollectingSink.read(importer, file));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("3 columns") && e.getMessage().contains("token POS chunk NER"),
                e.getMessage());
    }

    @Test
    void namesTheLineAndColumnOfAnUnknownTag() throws Exception {
        Path file = write("-DOCSTART- O\n\nEU NNP B-NP X-ORG\n");
        ImportException e = assertThrows(ImportException.class, () -> CollectingSink.read(importer, file));
        assertEquals(3, e.line());
        assertEquals(13, e.column());
        assertTrue(e.getMessage().contains("'X-ORG' is not an IOB tag"), e.getMessage());
    }

    @Test
    void refusesABeginOrInsideTagWithoutAType() throws Exception {
        // found by fuzzing (fuzz/, target conll): "B" alone was cut at index 2, "Range [2, 1) out of bounds"
        for (String tag : List.of("B", "I")) {
            Path file = write(" NNP&BB-GP " + tag + "\nre\n");
            ImportException e = assertThrows(ImportException.class, () -> CollectingSink.read(importer, file));
            assertEquals(1, e.line());
            assertTrue(e.getMessage().contains("'" + tag + "' is not an IOB tag"), e.getMessage());
        }
    }

    @Test
    void skipsEmptyDocumentsBetweenDocstartLines() throws Exception {
        CollectingSink sink = CollectingSink.read(importer, write("-DOCSTART- O\n\n-DOCSTART- O\n\nA O\n"));
        assertEquals(List.of("train-0001"), sink.documents.stream().map(d -> d.document().id()).toList());
    }
}
