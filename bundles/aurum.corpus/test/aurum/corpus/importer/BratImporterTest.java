package aurum.corpus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import aurum.core.model.AttributeValue;
import aurum.core.model.Span;
import org.junit.jupiter.api.io.TempDir;

class BratImporterTest {

    @TempDir
    Path dir;

    private final Importer importer = Importers.brat();

    private Path pair(String text, String ann) throws Exception {
        Files.writeString(dir.resolve("doc.txt"), text);
        Files.writeString(dir.resolve("doc.ann"), ann);
        return dir.resolve("doc.txt");
    }

    private static List<String> covered(ImportedDocument imported) {
        return imported.spans().stream().map(s -> s.coveredText(imported.document().text()) + "/" + s.labelId()).toList();
    }

    @Test
    void convertsCodePointOffsetsAfterAnEmojiAndCountsSkippedAnnotations() throws Exception {
        Path fixture = Path.of("test-data/import/brat/visit.ann");
        assertTrue(importer.accepts(fixture));
        ImportedDocument imported = CollectingSink.read(importer, fixture).only();
        assertEquals("visit", imported.document().id());
        assertEquals(List.of("Tokyo/LOC", "Kishida/PER", "Austin/PER"), covered(imported));
        assertEquals(15, imported.spans().get(1).start(), "the emoji is one code point but two UTF-16 units");
        assertEquals("capital", imported.spans().get(0).note(), "the AnnotatorNotes of T1");
        assertEquals(1, imported.warnings().size());
        ImportWarning relation = imported.warnings().get(0);
        assertEquals("relation 1", relation.kind() + " " + relation.count());
        assertTrue(relation.message().contains("1 relation(s) not imported"), relation.message());
    }

    @Test
    void importsEachFragmentOfADiscontinuousAnnotationWithAWarning() throws Exception {
        ImportedDocument imported = CollectingSink.read(importer,
                pair("New and old York", "T1\tCITY 0 3;12 16\tNew York\n")).only();
        assertEquals(List.of("New/CITY", "York/CITY"), covered(imported));
        assertEquals(1, imported.warnings().size());
        assertEquals("discontinuous", imported.warnings().get(0).kind());
        assertTrue(imported.warnings().get(0).toString().contains("line 1: 1 discontinuous annotation(s)"),
                imported.warnings().toString());
    }

    @Test
    void warnsWhenTheAnnotationTextDoesNotMatchTheDocument() throws Exception {
        ImportedDocument imported = CollectingSink.read(importer, pair("Osaka", "T1\tLOC 0 5\tKyoto\n")).only();
        assertEquals(1, imported.spans().size());
        assertTrue(imported.warnings().get(0).message().contains("T1 [0, 5) LOC covers 'Osaka' but says 'Kyoto'"),
                imported.warnings().toString());
    }

    @Test
    void namesTheFileAndLineOfAMalformedAnnotation() throws Exception {
        Path txt = pair("Osaka", "T1\tLOC 0 5\tOsaka\n\nT2\tLOC zero 5\tOsaka\n");
        ImportException e = assertThrows(ImportException.class, () -> CollectingSink.read(importer, txt));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(dir.resolve("doc.ann") + ", line 3") && e.getMessage().contains("'zero'"),
                e.getMessage());
        ImportException kind = assertThrows(ImportException.class, () -> CollectingSink.read(importer,
                pair("Osaka", "X1\tsomething\n")));
        assertTrue(kind.getMessage().contains("line 1") && kind.getMessage().contains("'X'"), kind.getMessage());
        ImportException fields = assertThrows(ImportException.class, () -> CollectingSink.read(importer,
                pair("Osaka", "T1 LOC 0 5 Osaka\n")));
        assertTrue(fields.getMessage().contains("three tab-separated fields"), fields.getMessage());
    }

    @Test
    void refusesOffsetsBeyondTheText() throws Exception {
        Path txt = pair("Nara", "T1\tLOC 0 5\tNara!\n");
        ImportException e = assertThrows(ImportException.class, () -> CollectingSink.read(importer, txt));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("T1 [0, 5)")
                && e.getMessage().contains("outside the text (0..4)"), e.getMessage());
    }

    @Test
    void readsEveryPairOfAFolderAndReportsAMissingAnnFile() throws Exception {
        pair("Kobe", "T1\tLOC 0 4\tKobe\n");
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("more/x.txt"), "Sendai");
        Files.writeString(dir.resolve("more/x.ann"), "");
        CollectingSink sink = CollectingSink.read(importer, dir);
        assertEquals(List.of("doc", "more__x"), sink.documents.stream().map(d -> d.document().id()).toList());
        Files.delete(dir.resolve("doc.ann"));
        ImportException e = assertThrows(ImportException.class,
                () -> CollectingSink.read(importer, dir.resolve("doc.txt")));
        assertTrue(e.getMessage().contains("doc.ann") && e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void keepsAttributesNotesAndNormalizationsOnTheirSpans() throws Exception {
        ImportedDocument imported = CollectingSink.read(importer, pair("Kishida met Austin",
                "A1\tIndividual T1\nT1\tPER 0 7\tKishida\nT2\tPER 12 18\tAustin\nA2\tMention T2 Name\n"
                        + "#1\tAnnotatorNotes T2\tU.S. defence secretary\nN1\tReference T2 Wikidata:Q3\tLloyd Austin\n"
                        + "E1\tMeet:T1 Who:T2\nA3\tNegation E1\n")).only();
        assertEquals(List.of("Kishida/PER", "Austin/PER"), covered(imported));
        assertEquals(Map.of("Individual", AttributeValue.ofBoolean(true)), imported.spans().get(0).attributes(),
                "an attribute before its annotation still lands on it");
        Span austin = imported.spans().get(1);
        assertEquals(Map.of("Mention", AttributeValue.ofEnum("Name"), "normalization", AttributeValue.ofString("Wikidata:Q3")),
                austin.attributes());
        assertEquals("U.S. defence secretary", austin.note());
        assertEquals(List.of("attribute 1", "event 1"),
                imported.warnings().stream().map(w -> w.kind() + " " + w.count()).toList());
    }

    @Test
    void joinsFragmentsSeparatedByALineBreakIntoOneSpan() throws Exception {
        ImportedDocument imported = CollectingSink.read(importer,
                pair("Prime\r\nMinister said", "T1\tTITLE 0 5;7 15\tPrime Minister\n")).only();
        assertEquals(List.of("Prime\r\nMinister/TITLE"), covered(imported));
        assertTrue(imported.warnings().isEmpty(), "brat needs a fragment per line; that is one span: " + imported.warnings());
    }

    @Test
    void reportsUnpairedAnnFilesAndImportsEmptyAnnAsANegativeExample() throws Exception {
        Files.writeString(dir.resolve("empty.txt"), "Nothing to see.");
        Files.writeString(dir.resolve("empty.ann"), "");
        Files.writeString(dir.resolve("orphan.ann"), "T1\tPER 0 4\tJohn\n");
        Files.writeString(dir.resolve("plain.txt"), "Not annotated yet.");
        CollectingSink sink = CollectingSink.read(importer, dir);
        assertEquals(List.of("empty", "plain"), sink.documents.stream().map(d -> d.document().id()).toList());
        assertTrue(sink.documents.get(0).annotated() && sink.documents.get(0).spans().isEmpty());
        assertFalse(sink.documents.get(1).annotated());
        assertEquals(List.of("unpaired-ann 1", "warning 0"), sink.warnings.stream().map(w -> w.kind() + " " + w.count()).toList());
        assertTrue(sink.warnings.get(0).file().endsWith("orphan.ann"), sink.warnings.toString());
        assertTrue(sink.warnings.get(1).message().contains("1 .txt file(s) of the folder have no .ann"), sink.warnings.toString());
    }

    @Test
    void suggestsUtf16WhenTheTextFieldsSaySoAsInFilesDkproWrote() throws Exception {
        Path txt = pair("\uD83D\uDE80 Tokyo and Kobe city", "T1\tLOC 3 8\tTokyo\nT2\tLOC 13 17\tKobe\n");
        ImportException e = assertThrows(ImportException.class, () -> CollectingSink.read(importer, txt));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("2 of 2 span(s) with a text cover other text")
                && e.getMessage().contains("--offsets utf16"), "every text field fits in UTF-16 units: " + e.getMessage());
        ImportedDocument dkpro = CollectingSink.read(Importers.brat(OffsetUnit.UTF16), txt).only();
        assertEquals(List.of("Tokyo/LOC", "Kobe/LOC"), covered(dkpro));
        assertTrue(dkpro.warnings().isEmpty(), dkpro.warnings().toString());
    }
}
