package aurum.corpus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Span;

class JsonlImporterTest {

    @TempDir
    Path dir;

    private Path write(String content) throws Exception {
        Path file = dir.resolve("data.jsonl");
        Files.writeString(file, content);
        return file;
    }

    private static List<String> covered(ImportedDocument imported) {
        return imported.spans().stream().map(s -> s.coveredText(imported.document().text()) + "/" + s.labelId()).toList();
    }

    @Test
    void readsDoccanoAndSpacySpansCountedInCodePointsAfterAFlagEmoji() throws Exception {
        CollectingSink sink = CollectingSink.read(Importers.jsonl(OffsetUnit.CODE_POINTS),
                Path.of("test-data/import/jsonl/code-points.jsonl"));
        assertEquals(2, sink.documents.size());
        ImportedDocument first = sink.documents.get(0);
        assertEquals("7", first.document().id());
        assertEquals("Meeting", first.document().metadata().title());
        assertEquals(List.of("Kishida/PER", "Austin/PER"), covered(first));
        assertEquals(17, first.spans().get(1).start(), "two code points of the flag are four UTF-16 units");
        assertEquals("code-points-3", sink.documents.get(1).document().id());
        assertEquals(List.of("US/GPE", "Japan/GPE"), covered(sink.documents.get(1)));
    }

    @Test
    void convertsUtf8ByteOffsetsAndUtf16OffsetsAlike() throws Exception {
        String line = "{\"text\":\"\u00e9 \uD83D\uDE00 Tokyo\",\"labels\":[[%d,%d,\"LOC\"]]}\n";
        ImportedDocument bytes = CollectingSink.read(Importers.jsonl(OffsetUnit.UTF8_BYTES),
                write(line.formatted(8, 13))).only();
        assertEquals(List.of("Tokyo/LOC"), covered(bytes));
        ImportedDocument units = CollectingSink.read(Importers.jsonl(OffsetUnit.UTF16),
                write(line.formatted(5, 10))).only();
        assertEquals(List.of("Tokyo/LOC"), covered(units));
    }

    @Test
    void namesTheLineAndColumnOfMalformedJson() throws Exception {
        Path file = write("{\"text\":\"ok\"}\n\n{\"text\": \"broken\", \"labels\": [[0, 2, \"X\"]\n");
        ImportException e = assertThrows(ImportException.class,
                () -> CollectingSink.read(Importers.jsonl(OffsetUnit.UTF16), file));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(file + ", line 3") && e.getMessage().contains("malformed JSON")
                && e.getMessage().contains("Fix the JSON"), e.getMessage());
    }

    @Test
    void refusesLinesThatAreNotObjectsOrLackText() throws Exception {
        Importer importer = Importers.jsonl(OffsetUnit.UTF16);
        ImportException array = assertThrows(ImportException.class, () -> CollectingSink.read(importer, write("[1,2]\n")));
        assertTrue(array.getMessage().contains("line 1") && array.getMessage().contains("JSON object"), array.getMessage());
        ImportException noText = assertThrows(ImportException.class,
                () -> CollectingSink.read(importer, write("{\"body\":\"x\"}\n")));
        assertTrue(noText.getMessage().contains("\"text\""), noText.getMessage());
    }

    @Test
    void namesTheLineAndSpanOfAnOutOfRangeSpan() throws Exception {
        Path file = write("{\"text\":\"short\",\"label\":[[0,5,\"A\"],[3,99,\"B\"]]}\n");
        ImportException e = assertThrows(ImportException.class,
                () -> CollectingSink.read(Importers.jsonl(OffsetUnit.CODE_POINTS), file));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("label[1] [3, 99) B") && e.getMessage().contains("code points"),
                e.getMessage());
    }

    @Test
    void refusesAUtf16SpanThatSplitsASurrogatePair() throws Exception {
        Path file = write("{\"text\":\"a\uD83D\uDE00b\",\"spans\":[{\"start\":0,\"end\":2,\"label\":\"X\"}]}\n");
        ImportException e = assertThrows(ImportException.class,
                () -> CollectingSink.read(Importers.jsonl(OffsetUnit.UTF16), file));
        assertTrue(e.getMessage().contains("spans[0]") && e.getMessage().contains("surrogate"), e.getMessage());
    }

    @Test
    void refusesAByteOffsetInsideAMultiByteCharacter() throws Exception {
        Path file = write("{\"text\":\"\u00e9t\u00e9\",\"labels\":[[1,3,\"X\"]]}\n");
        ImportException e = assertThrows(ImportException.class,
                () -> CollectingSink.read(Importers.jsonl(OffsetUnit.UTF8_BYTES), file));
        assertTrue(e.getMessage().contains("falls inside"), e.getMessage());
    }

    @Test
    void refusesEmptyAndNonNumericSpans() throws Exception {
        Importer importer = Importers.jsonl(OffsetUnit.UTF16);
        ImportException empty = assertThrows(ImportException.class,
                () -> CollectingSink.read(importer, write("{\"text\":\"abc\",\"labels\":[[1,1,\"X\"]]}\n")));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        ImportException text = assertThrows(ImportException.class,
                () -> CollectingSink.read(importer, write("{\"text\":\"abc\",\"labels\":[[\"a\",1,\"X\"]]}\n")));
        assertTrue(text.getMessage().contains("integer start and end"), text.getMessage());
    }

    @Test
    void keepsDocumentLabelsOutWithAWarning() throws Exception {
        ImportedDocument imported = CollectingSink.read(Importers.jsonl(OffsetUnit.UTF16),
                write("{\"text\":\"great\",\"label\":[\"positive\"]}\n")).only();
        List<Span> spans = imported.spans();
        assertTrue(spans.isEmpty());
        assertTrue(imported.warnings().get(0).message().contains("document-level"));
    }
}
