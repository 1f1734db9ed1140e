package aurum.corpus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
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
        assertEquals(1, imported.warnings().size());
        assertTrue(imported.warnings().get(0).message().contains("2 annotations that are not text-bound"),
                imported.warnings().get(0).message());
    }

    @Test
    void importsEachFragmentOfADiscontinuousAnnotationWithAWarning() throws Exception {
        ImportedDocument imported = CollectingSink.read(importer,
                pair("New and old York", "T1\tCITY 0 3;12 16\tNew York\n")).only();
        assertEquals(List.of("New/CITY", "York/CITY"), covered(imported));
        assertEquals(1, imported.warnings().size());
        assertTrue(imported.warnings().get(0).toString().contains("line 1: T1 is discontinuous"));
    }

    @Test
    void warnsWhenTheAnnotationTextDoesNotMatchTheDocument() throws Exception {
        ImportedDocument imported = CollectingSink.read(importer, pair("Osaka", "T1\tLOC 0 5\tKyoto\n")).only();
        assertEquals(1, imported.spans().size());
        assertTrue(imported.warnings().get(0).message().contains("says 'Kyoto' but the offsets cover 'Osaka'"));
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
                && e.getMessage().contains("4 code points"), e.getMessage());
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
}
