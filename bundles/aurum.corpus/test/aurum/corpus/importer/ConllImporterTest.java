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

    @Test
    void readsThreeAndFiveColumnsWithTheTagsInTheLastColumn() throws Exception {
        ImportedDocument dutch = CollectingSink.read(importer, write("De Art O\nEuropese Adj B-ORG\nUnie N I-ORG\n")).only();
        assertEquals(List.of("Europese Unie/ORG"), covered(dutch));
        ImportedDocument german = CollectingSink.read(importer, write(
                "Helmut Helmut NE I-NC B-PER\nKohl Kohl NE I-NC I-PER\nin in APPR I-PC O\nBonn Bonn NE I-NC B-LOC\n")).only();
        assertEquals("Helmut Kohl in Bonn", german.document().text());
        assertEquals(List.of("Helmut Kohl/PER", "Bonn/LOC"), covered(german));
    }

    @Test
    void readsGermEvalWithNestedEntitiesAndCountsItsComments() throws Exception {
        CollectingSink sink = CollectingSink.read(importer, write("#\thttp://de.wikipedia.org/wiki/X [2009-10-17]\n"
                + "1\tDie\tO\tO\n2\tDeutsche\tB-ORG\tB-LOCderiv\n3\tBahn\tI-ORG\tO\n4\tfährt\tO\tO\n\n"
                + "#\thttp://de.wikipedia.org/wiki/Y [2009-10-18]\n1\tBerlin\tB-LOC\tO\n"));
        ImportedDocument imported = sink.only();
        assertEquals("Die Deutsche Bahn fährt\nBerlin", imported.document().text());
        assertEquals(List.of("Deutsche Bahn/ORG", "Berlin/LOC", "Deutsche/LOCderiv"), covered(imported));
        assertEquals(List.of("comment 2"), sink.warnings.stream().map(w -> w.kind() + " " + w.count()).toList());
        assertEquals(1, sink.warnings.get(0).line());
    }

    @Test
    void readsBioesAndBilouTags() throws Exception {
        ImportedDocument bioes = CollectingSink.read(importer, write(
                "New B-LOC\nYork E-LOC\nand O\nTokyo S-LOC\nKishida S-PER\nmet O\n")).only();
        assertEquals(List.of("New York/LOC", "Tokyo/LOC", "Kishida/PER"), covered(bioes));
        ImportedDocument bilou = CollectingSink.read(importer, write(
                "Fumio B-PER\nKishida L-PER\nU.S. U-LOC\nJapan U-LOC\n")).only();
        assertEquals(List.of("Fumio Kishida/PER", "U.S./LOC", "Japan/LOC"), covered(bilou));
    }

    @Test
    void takesTheColumnsTheUserChooses() throws Exception {
        Path file = write("Tokyo B-LOC NNP\nsaid O VBD\n");
        ImportException last = assertThrows(ImportException.class, () -> CollectingSink.read(importer, file));
        assertTrue(last.getMessage().contains("'NNP' is not an IOB tag") && last.getMessage().contains("--conll-columns"),
                last.getMessage());
        ImportedDocument chosen = CollectingSink.read(Importers.conll(ConllColumns.parse("1,2")), file).only();
        assertEquals(List.of("Tokyo/LOC"), covered(chosen));
        ImportedDocument fromEnd = CollectingSink.read(Importers.conll(ConllColumns.parse("1,-2")), file).only();
        assertEquals(List.of("Tokyo/LOC"), covered(fromEnd));
        ImportException outside = assertThrows(ImportException.class,
                () -> CollectingSink.read(Importers.conll(ConllColumns.parse("1,7")), file));
        assertTrue(outside.getMessage().contains("line 1") && outside.getMessage().contains("fewer than the columns chosen (1,7)"),
                outside.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConllColumns.parse("2"));
        assertThrows(IllegalArgumentException.class, () -> ConllColumns.parse("1,x"));
        assertThrows(IllegalArgumentException.class, () -> ConllColumns.parse("0,1"));
    }

    @Test
    void readsATokenCalledHashAndRefusesATagWithoutAType() throws Exception {
        ImportedDocument hash = CollectingSink.read(importer, write("# O\nKobe B-LOC\n")).only();
        assertEquals("# Kobe", hash.document().text());
        ImportException typeless = assertThrows(ImportException.class,
                () -> CollectingSink.read(importer, write("Kobe B-LOC\nport B-\n")));
        assertTrue(typeless.getMessage().contains("line 2") && typeless.getMessage().contains("'B-'"), typeless.getMessage());
    }
}
