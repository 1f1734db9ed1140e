package aurum.corpus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.corpus.boilerplate.BoilerplateDetector;

class PlainTextImporterTest {

    @TempDir
    Path dir;

    private final Importer importer = Importers.plainText();

    private Document single(byte[] bytes) throws Exception {
        Path file = dir.resolve("doc.txt");
        Files.write(file, bytes);
        return CollectingSink.read(importer, file).only().document();
    }

    @Test
    void importsTheSampleCorpusAsFiveDocumentsWithHeadlineTitles() throws ImportException {
        Path samples = Path.of(System.getProperty("aurum.samples", "../../samples"), "us-japan-defense");
        CollectingSink sink = CollectingSink.read(importer, samples);
        assertEquals(5, sink.documents.size());
        Document first = sink.documents.get(0).document();
        assertEquals("000_a32fd7d8af559016", first.id());
        assertEquals("US, Japan solidify cross continental relations with 2 new defense deals", first.metadata().title());
        assertTrue(sink.documents.stream().allMatch(d -> d.warnings().isEmpty() && d.spans().isEmpty()));
    }

    @Test
    void handsOnTheBoilerplateItProposedForTheTitleSoTheStoreNeedNotProposeItAgain() throws Exception {
        Path samples = Path.of(System.getProperty("aurum.samples", "../../samples"), "us-japan-defense");
        for (ImportedDocument imported : CollectingSink.read(importer, samples).documents) {
            String text = imported.document().text();
            assertEquals(new BoilerplateDetector().propose(text), imported.boilerplate(), imported.document().id());
        }
        Path big = dir.resolve("big.txt"); // longer than the head the title rule reads: regions left to the store
        Files.writeString(big, "Headline\n" + "Some words of running text here.\n".repeat(3000));
        assertNull(CollectingSink.read(importer, big).only().boilerplate());
    }

    @Test
    void removesAndRecordsAUtf8ByteOrderMark() throws Exception {
        Document document = single(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'});
        assertEquals("Hi", document.text());
        assertTrue(document.byteOrderMarkRemoved());
    }

    @Test
    void decodesUtf16LittleAndBigEndianByTheirByteOrderMarks() throws Exception {
        String text = "Caf\u00e9 \uD83D\uDE00\r\nend";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(text, single(le).text());
        Document big = single(be);
        assertEquals(text, big.text());
        assertTrue(big.byteOrderMarkRemoved());
    }

    @Test
    void fallsBackToWindows1252WithAWarningNamingTheFileAndOffset() throws Exception {
        Path file = dir.resolve("latin.txt");
        Files.write(file, new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', (byte) 0x94});
        ImportedDocument imported = CollectingSink.read(importer, file).only();
        assertEquals("caf\u00e9 \u201cq\u201d", imported.document().text());
        assertEquals(1, imported.warnings().size());
        String warning = imported.warnings().get(0).toString();
        assertTrue(warning.contains("latin.txt") && warning.contains("windows-1252") && warning.contains("offset 3"),
                warning);
    }

    @Test
    void refusesBinaryFilesNamingTheOffsetOfTheFirstNul() throws Exception {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {'P', 'N', 'G', 1, 2, 0, 5});
        ImportException e = assertThrows(ImportException.class, () -> importer.read(file, new CollectingSink(),
                ImportProgress.NONE));
        assertEquals(5, e.byteOffset());
        assertTrue(e.getMessage().contains("image.txt") && e.getMessage().contains("byte offset 5"), e.getMessage());
    }

    @Test
    void refusesANulCharacterInUtf16Text() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "ab\0".getBytes(StandardCharsets.UTF_16LE));
        ImportException e = assertThrows(ImportException.class, () -> single(bytes));
        assertEquals(6, e.byteOffset());
    }

    @Test
    void refusesEmptyFilesAndFilesWithOnlyAByteOrderMark() throws Exception {
        ImportException empty = assertThrows(ImportException.class, () -> single(new byte[0]));
        assertTrue(empty.getMessage().contains("doc.txt") && empty.getMessage().contains("empty"), empty.getMessage());
        ImportException bomOnly = assertThrows(ImportException.class,
                () -> single(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        assertTrue(bomOnly.getMessage().contains("only a byte order mark"), bomOnly.getMessage());
    }

    @Test
    void keepsCrlfAndLoneCrLineEndings() throws Exception {
        String text = "Title\r\nline two\rline three\n";
        assertEquals(text, single(text.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void takesTheTitleFromTheFirstNonBlankLine() throws Exception {
        assertEquals("Headline", single(" \r\n\t\rHeadline  \nbody".getBytes(StandardCharsets.UTF_8)).metadata().title());
    }

    @Test
    void walksFoldersRecursivelyInPathOrderWithSanitisedIds() throws Exception {
        Files.createDirectories(dir.resolve("b/sub"));
        Files.writeString(dir.resolve("b/sub/x y\u00e9.txt"), "deep");
        Files.writeString(dir.resolve("a.txt"), "top");
        Files.writeString(dir.resolve("b/notes.md"), "ignored");
        List<String> ids = CollectingSink.read(importer, dir).documents.stream().map(d -> d.document().id()).toList();
        assertEquals(List.of("a", "b__sub__x_y_"), ids);
    }

    @Test
    void stopsAtADocumentBoundaryWhenCancelled() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("b.txt"), "b");
        CollectingSink sink = new CollectingSink();
        importer.read(dir, sink, new ImportProgress() {
            @Override
            public void worked(long done, long total) {
                assertEquals(2, total);
            }

            @Override
            public boolean isCancelled() {
                return !sink.documents.isEmpty();
            }
        });
        assertEquals(1, sink.documents.size());
    }

    @Test
    void refusesAMissingSource() {
        ImportException e = assertThrows(ImportException.class, () -> CollectingSink.read(importer, dir.resolve("nope.txt")));
        assertTrue(e.getMessage().contains("nope.txt") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    @EnabledIfSystemProperty(named = "aurum.bigTests", matches = "true")
    void streamsA200MegabyteFile() throws IOException, ImportException {
        Path file = dir.resolve("big.txt");
        byte[] line = "The alliance between the United States and Japan \u00e9\n".getBytes(StandardCharsets.UTF_8);
        long lines = 200L * 1024 * 1024 / line.length;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long i = 0; i < lines; i++) {
                out.write(line);
            }
        }
        Document document = CollectingSink.read(importer, file).only().document();
        assertEquals(lines * (line.length - 1), document.length());
        assertFalse(document.byteOrderMarkRemoved());
        assertEquals("The alliance between the United States and Japan \u00e9", document.metadata().title());
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static final String CONLL = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\n"
            + "call NN I-NP O\nto TO B-VP O\nboycott VB I-VP O\nBritish JJ B-NP B-MISC\nlamb NN I-NP O\n. . O O\n";

    @Test
    void refusesATextFileThatIsReallyConllNamingTheFileAndTheFormatToUse() throws Exception {
        Path file = dir.resolve("train.txt");
        Files.writeString(file, CONLL);
        ImportException e = assertThrows(ImportException.class, () -> CollectingSink.read(importer, file));
        assertEquals(file.toString(), e.file());
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("looks like CoNLL") && e.getMessage().contains("4 columns")
                && e.getMessage().contains("--format conll") && e.getMessage().contains("--format text"), e.getMessage());
        Files.writeString(dir.resolve("prose.txt"), "A story.\n");
        assertThrows(ImportException.class, () -> CollectingSink.read(importer, dir), "in a folder too");
    }

    @Test
    void importsItAsTextWithAWarningWhenTextWasAskedFor() throws Exception {
        Path file = dir.resolve("train.txt");
        Files.writeString(file, CONLL);
        ImportedDocument document = CollectingSink.read(Importers.plainTextAsAsked(), file).only();
        assertEquals(CONLL, document.document().text());
        assertEquals(1, document.warnings().size());
        assertTrue(document.warnings().get(0).message().contains("looks like CoNLL"), document.warnings().toString());
    }

    @Test
    void proseWithShortLinesIsNotConll() throws Exception {
        String poem = "Roses are red\nViolets are blue\nI wrote a poem\nAnd so did you\nThe end\nO\nSay O\n";
        assertTrue(single(poem.getBytes(StandardCharsets.UTF_8)).text().startsWith("Roses"));
        String list = "Agenda\n1 Opening\n2 Minutes\n3 Budget\n4 Staffing\n5 Other business\n";
        assertTrue(single(list.getBytes(StandardCharsets.UTF_8)).text().startsWith("Agenda"));
    }
}
