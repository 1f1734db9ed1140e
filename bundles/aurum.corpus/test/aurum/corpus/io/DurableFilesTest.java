package aurum.corpus.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public durable write other bundles use (label sets, models, reports, exports). */
class DurableFilesTest {

    @TempDir
    Path dir;

    @Test
    void streamedTextIsUtf8AndReplacesTheFile() throws IOException {
        Path file = dir.resolve("new/report.txt");
        DurableFiles.write(file, "old".getBytes(StandardCharsets.UTF_8));
        DurableFiles.writeText(file, out -> out.write("Ünïcödé \u00A0 \uD83D\uDE00\n"));
        assertEquals("Ünïcödé \u00A0 \uD83D\uDE00\n", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(file), listing(file.getParent()));
    }

    @Test
    void aBodyThatFailsHalfWayLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("labelset.json");
        DurableFiles.write(file, "{\"old\":true}".getBytes(StandardCharsets.UTF_8));
        IOException failure = assertThrows(IOException.class, () -> DurableFiles.writeText(file, out -> {
            out.write("{\"new\":");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("{\"old\":true}", Files.readString(file));
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void leftoversOfACrashAreRecognisedButTargetsAreNot() {
        assertTrue(DurableFiles.isTemporary(dir.resolve(".labelset.json.1f2e3d.tmp")));
        assertFalse(DurableFiles.isTemporary(dir.resolve("labelset.json")));
        assertFalse(DurableFiles.isTemporary(dir.resolve("notes.tmp")));
    }

    @Test
    void flushingAFolderThatDoesNotExistIsHarmless() {
        DurableFiles.flushFolder(dir.resolve("missing"));
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
