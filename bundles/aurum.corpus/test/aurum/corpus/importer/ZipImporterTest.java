package aurum.corpus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipImporterTest {

    @TempDir
    Path dir;

    private final Importer importer = Importers.zip();

    private Path zip(Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve("corpus.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsTextEntriesInNameOrderSkippingFoldersAndNestedArchives() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("news/", new byte[0]);
        entries.put("news/b.txt", utf8("Second\r\nbody"));
        entries.put("a.txt", utf8("\uFEFFFirst"));
        entries.put("inner.zip", new byte[] {'P', 'K', 3, 4});
        CollectingSink sink = CollectingSink.read(importer, zip(entries));
        assertEquals(List.of("a", "news__b"), sink.documents.stream().map(d -> d.document().id()).toList());
        assertEquals("First", sink.documents.get(0).document().text());
        assertTrue(sink.documents.get(0).document().byteOrderMarkRemoved());
        assertEquals("Second\r\nbody", sink.documents.get(1).document().text());
        assertEquals(1, sink.warnings.size());
        assertTrue(sink.warnings.get(0).message().contains("1 entries"), sink.warnings.get(0).message());
    }

    @Test
    void refusesTheWholeArchiveWhenAnEntryClimbsOutWithDotDot() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ok.txt", utf8("fine"));
        entries.put("docs/../../evil.txt", utf8("pwned"));
        CollectingSink sink = new CollectingSink();
        Path archive = zip(entries);
        ImportException e = assertThrows(ImportException.class, () -> importer.read(archive, sink, ImportProgress.NONE));
        assertTrue(e.getMessage().contains("docs/../../evil.txt") && e.getMessage().contains("zip slip"), e.getMessage());
        assertTrue(sink.documents.isEmpty(), "nothing may be imported from a crafted archive");
    }

    @Test
    void refusesAbsoluteEntryNames() throws Exception {
        Path archive = zip(Map.of("/etc/passwd.txt", utf8("root")));
        ImportException e = assertThrows(ImportException.class, () -> CollectingSink.read(importer, archive));
        assertTrue(e.getMessage().contains("/etc/passwd.txt") && e.getMessage().contains("absolute"), e.getMessage());
    }

    @Test
    void appliesTheTextFileRulesToEntries() throws Exception {
        Path latin = zip(Map.of("latin.txt", new byte[] {'n', (byte) 0xE9}));
        ImportedDocument imported = CollectingSink.read(importer, latin).only();
        assertEquals("n\u00e9", imported.document().text());
        assertTrue(imported.warnings().get(0).file().endsWith("corpus.zip!/latin.txt"));
        Files.delete(latin);
        Path binary = zip(Map.of("blob.txt", new byte[] {'x', 0}));
        ImportException e = assertThrows(ImportException.class, () -> CollectingSink.read(importer, binary));
        assertTrue(e.getMessage().contains("corpus.zip!/blob.txt") && e.getMessage().contains("byte offset 1"),
                e.getMessage());
    }

    @Test
    void reportsAFileThatIsNotAZipArchive() throws Exception {
        Path file = dir.resolve("fake.zip");
        Files.writeString(file, "not a zip");
        ImportException e = assertThrows(ImportException.class, () -> CollectingSink.read(importer, file));
        assertTrue(e.getMessage().contains("fake.zip") && e.getMessage().contains("undamaged"), e.getMessage());
    }
}
