package aurum.corpus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.AttributeValue;
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
        CollectingSink sink = CollectingSink.read(Importers.jsonl(OffsetUnit.UTF16),
                write("{\"text\":\"great\",\"label\":[\"positive\"]}\n"));
        List<Span> spans = sink.only().spans();
        assertTrue(spans.isEmpty());
        assertEquals("document-label 1", sink.warnings.get(0).kind() + " " + sink.warnings.get(0).count());
        assertTrue(sink.warnings.get(0).message().contains("document-level"), sink.warnings.toString());
    }

    @Test
    void honoursTheOffsetsFieldThatAurumWritesWithoutBeingTold() throws Exception {
        Path file = write("{\"id\":\"a\",\"text\":\"\uD83D\uDE80 Tokyo\",\"spans\":[{\"start\":2,\"end\":7,\"label\":\"LOC\"}],"
                + "\"offsets\":\"code-points\"}\n"
                + "{\"id\":\"b\",\"text\":\"\uD83D\uDE80 Osaka\",\"spans\":[{\"start\":5,\"end\":10,\"label\":\"LOC\"}],"
                + "\"offsets\":\"utf8-bytes\"}\n");
        CollectingSink sink = CollectingSink.read(Importers.jsonl(), file);
        assertEquals(List.of("Tokyo/LOC"), covered(sink.documents.get(0)));
        assertEquals(List.of("Osaka/LOC"), covered(sink.documents.get(1)));
        assertTrue(sink.warnings.isEmpty(), "declared offsets are not ambiguous: " + sink.warnings);
        ImportException told = assertThrows(ImportException.class,
                () -> CollectingSink.read(Importers.jsonl(OffsetUnit.UTF16), file));
        assertTrue(told.getMessage().contains("line 1") && told.getMessage().contains("says its offsets count code points")
                && told.getMessage().contains("Leave out --offsets"), told.getMessage());
        ImportException unknown = assertThrows(ImportException.class, () -> CollectingSink.read(Importers.jsonl(),
                write("{\"text\":\"x\",\"spans\":[],\"offsets\":\"furlongs\"}\n")));
        assertTrue(unknown.getMessage().contains("\"furlongs\"") && unknown.getMessage().contains("code-points"),
                unknown.getMessage());
    }

    @Test
    void suggestsCodePointsWhenUtf16OffsetsSplitAnEmojiAndCountsEverySuchSpan() throws Exception {
        Path file = write("{\"text\":\"\uD83D\uDE80 Tokyo\",\"label\":[[2,7,\"LOC\"]]}\n"
                + "{\"text\":\"no emoji here\",\"label\":[[0,2,\"X\"]]}\n"
                + "{\"text\":\"\uD83D\uDE80\uD83D\uDE80 Kobe\",\"label\":[[3,7,\"LOC\"]]}\n");
        ImportException e = assertThrows(ImportException.class, () -> CollectingSink.read(Importers.jsonl(), file));
        assertEquals(3, e.line(), "the first span that splits a character");
        assertTrue(e.getMessage().contains("1 of 3 span(s) do not fall on characters of the text when their offsets count"
                + " UTF-16 units") && e.getMessage().contains("--offsets codepoints"), e.getMessage());
        CollectingSink right = CollectingSink.read(Importers.jsonl(OffsetUnit.CODE_POINTS), file);
        assertEquals(List.of("Kobe/LOC"), covered(right.documents.get(2)));
    }

    @Test
    void checksSpansAgainstTheirTextFieldAndNamesTheUnitThatFits() throws Exception {
        Path file = write("{\"text\":\"\u00e9t\u00e9 \uD83D\uDE80 Tokyo\",\"spans\":[{\"start\":6,\"end\":11,\"label\":\"LOC\","
                + "\"text\":\"Tokyo\"}]}\n");
        ImportException e = assertThrows(ImportException.class,
                () -> CollectingSink.read(Importers.jsonl(OffsetUnit.UTF16), file));
        String message = e.getMessage();
        assertTrue(message.contains("1 of 1 span(s) with a text cover other text than they say")
                && message.contains("covers ' Toky' but says 'Tokyo'") && message.contains("--offsets codepoints"), message);
        CollectingSink fits = CollectingSink.read(Importers.jsonl(OffsetUnit.CODE_POINTS), file);
        assertTrue(fits.warnings.isEmpty(), fits.warnings.toString());
        assertEquals(List.of("Tokyo/LOC"), covered(fits.only()));
        Path edited = write("{\"text\":\"Tokyo\",\"spans\":[{\"start\":0,\"end\":5,\"label\":\"LOC\",\"text\":\"Kyoto\"}]}\n");
        CollectingSink sink = CollectingSink.read(Importers.jsonl(), edited);
        assertEquals(1, sink.warnings.size(), sink.warnings.toString());
        assertTrue(sink.warnings.get(0).message().contains("1 of 1 span(s) with a text cover other text")
                && sink.warnings.get(0).message().contains("edited"), "no unit fits: a warning, " + sink.warnings);
    }

    @Test
    void warnsWhenUndeclaredOffsetsFollowCharactersTheUnitsCountDifferently() throws Exception {
        Path file = write("{\"text\":\"Tokyo \uD83D\uDE80 Osaka and Kobe\",\"label\":[[0,5,\"LOC\"],[9,14,\"LOC\"]]}\n"
                + "{\"text\":\"\uD83D\uDE80 Nara Kyoto\",\"label\":[[3,7,\"LOC\"]]}\n");
        CollectingSink sink = CollectingSink.read(Importers.jsonl(), file);
        assertEquals(List.of("Tokyo/LOC", "Osaka/LOC"), covered(sink.documents.get(0)));
        assertEquals(1, sink.warnings.size(), sink.warnings.toString());
        assertTrue(sink.warnings.get(0).message().contains("does not say what its offsets count; 2 span(s)")
                && sink.warnings.get(0).message().contains("--offsets codepoints"), sink.warnings.toString());
        assertTrue(CollectingSink.read(Importers.jsonl(OffsetUnit.UTF16), file).warnings.isEmpty(),
                "a unit the user gave is not ambiguous");
        Path onlyUtf16 = write("{\"text\":\"Tokyo \uD83D\uDE80 Osaka\",\"label\":[[9,14,\"LOC\"]]}\n");
        assertTrue(CollectingSink.read(Importers.jsonl(), onlyUtf16).warnings.isEmpty(),
                "no other unit puts the span inside the text, so the reading is not ambiguous");
    }

    @Test
    void readsDoccanoEntitiesAndCountsRelationsAndFieldsItDoesNotKeep() throws Exception {
        Path file = write("{\"id\":3,\"text\":\"Google was founded by Larry Page.\",\"entities\":["
                + "{\"id\":0,\"start_offset\":0,\"end_offset\":6,\"label\":\"ORG\"},"
                + "{\"id\":1,\"start_offset\":22,\"end_offset\":32,\"label\":\"PERSON\"}],"
                + "\"relations\":[{\"id\":0,\"from_id\":0,\"to_id\":1,\"type\":\"foundedBy\"}],"
                + "\"Comments\":[],\"meta\":{\"source\":\"wiki\"}}\n"
                + "{\"text\":\"Nothing here.\",\"entities\":[],\"relations\":[]}\n"
                + "{\"text\":\"Plain.\"}\n");
        CollectingSink sink = CollectingSink.read(Importers.jsonl(), file);
        assertEquals(List.of("Google/ORG", "Larry Page/PERSON"), covered(sink.documents.get(0)));
        assertTrue(sink.documents.get(1).annotated() && sink.documents.get(1).spans().isEmpty(),
                "an empty entities list is a negative example");
        assertFalse(sink.documents.get(2).annotated(), "a record without spans fields is plain text");
        assertEquals(List.of("relation 1", "field 1"), sink.warnings.stream().map(w -> w.kind() + " " + w.count()).toList());
        assertTrue(sink.warnings.get(1).message().contains("\"meta.source\""), sink.warnings.toString());
    }

    @Test
    void readsPrettyPrintedObjectsAndJsonArrays() throws Exception {
        Path pretty = write("{\n  \"text\": \"Tokyo\",\n  \"label\": [\n    [0, 5, \"LOC\"]\n  ]\n}\n{\n  \"text\": \"Kobe\"\n}\n");
        CollectingSink sink = CollectingSink.read(Importers.jsonl(), pretty);
        assertEquals(List.of("data-1", "data-7"), sink.documents.stream().map(d -> d.document().id()).toList(),
                "ids name the line each object starts on");
        assertEquals(List.of("Tokyo/LOC"), covered(sink.documents.get(0)));
        Path array = write("[{\"text\": \"Tokyo\", \"label\": [[0, 5, \"LOC\"]]},\n {\"text\": \"Kobe\", \"label\": []}]\n");
        CollectingSink arrays = CollectingSink.read(Importers.jsonl(), array);
        assertEquals(2, arrays.documents.size());
        ImportException broken = assertThrows(ImportException.class, () -> CollectingSink.read(Importers.jsonl(),
                write("{\n  \"text\": \"Tokyo\",\n  \"label\": [[0, 5, \"LOC\"]\n}\n")));
        assertTrue(broken.getMessage().contains("malformed JSON") && broken.line() == 4, broken.getMessage());
    }

    @Test
    void spanObjectsKeepTheirAttributesAndNoteAsAurumsExportWritesThem() throws Exception {
        Span span = CollectingSink.read(Importers.jsonl(), write("{\"text\":\"Antony Blinken\",\"spans\":[{\"start\":0,"
                + "\"end\":14,\"label\":\"OFFICIAL\",\"attributes\":{\"titled\":true,\"rank\":71.5,\"title\":\"Secretary"
                + " of State\"},\"note\":\"two\\nlines\"}],\"offsets\":\"utf16\"}\n")).only().spans().get(0);
        assertEquals(Map.of("titled", AttributeValue.ofBoolean(true), "rank", AttributeValue.ofNumber(new BigDecimal("71.5")),
                "title", AttributeValue.ofString("Secretary of State")), span.attributes());
        assertEquals("two\nlines", span.note());
    }

    @Test
    void namesTheLineOfAttributesThatAreNotValues() throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> CollectingSink.read(Importers.jsonl(),
                write("{\"text\":\"ok\"}\n{\"text\":\"Tokyo\",\"spans\":[{\"start\":0,\"end\":5,\"label\":\"LOC\","
                        + "\"attributes\":{\"kind\":[1]}}]}\n")));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("spans[0].attributes.kind") && e.getMessage().contains("boolean, number or string"),
                e.getMessage());
        ImportException note = assertThrows(ImportException.class, () -> CollectingSink.read(Importers.jsonl(),
                write("{\"text\":\"Tokyo\",\"spans\":[{\"start\":0,\"end\":5,\"label\":\"LOC\",\"note\":7}]}\n")));
        assertTrue(note.getMessage().contains("line 1") && note.getMessage().contains("spans[0].note"), note.getMessage());
    }
}
