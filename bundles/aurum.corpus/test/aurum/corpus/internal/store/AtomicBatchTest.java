package aurum.corpus.internal.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging, flushing outside the lock, discarding and publishing a group of atomic file replacements. */
class AtomicBatchTest {

    @TempDir
    Path dir;

    @Test
    void stagedFilesAreInvisibleUntilPublishedAndDiscardedOnesNeverAppear() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "old");
        AtomicBatch batch = new AtomicBatch();
        batch.stage(0, dir.resolve("a.txt"), bytes("new a"));
        batch.stage(0, dir.resolve("b.txt"), bytes("b"));
        batch.stage(1, dir.resolve("a.meta.json"), bytes("{}"));
        batch.stage(1, dir.resolve("b.meta.json"), bytes("{}"));
        batch.force();
        assertEquals("old", Files.readString(dir.resolve("a.txt")), "flushed, not yet renamed");
        assertFalse(Files.exists(dir.resolve("b.txt")));

        batch.discard(dir.resolve("b.txt"));
        batch.discard(dir.resolve("b.meta.json"));
        batch.publish();

        assertEquals(List.of("a.meta.json", "a.txt"), names());
        assertArrayEquals(bytes("new a"), Files.readAllBytes(dir.resolve("a.txt")));
    }

    @Test
    void publishingUnflushedFilesIsRefused() throws IOException {
        AtomicBatch batch = new AtomicBatch();
        batch.stage(0, dir.resolve("a.txt"), bytes("a"));
        assertThrows(IllegalStateException.class, batch::publish);
        batch.force();
        batch.stage(0, dir.resolve("b.txt"), bytes("b")); // staged after the flush: must be flushed too
        assertThrows(IllegalStateException.class, batch::publish);
        batch.commit();
        assertEquals(List.of("a.txt", "b.txt"), names());
    }

    @Test
    void abortAfterAFailedRenameDeletesTheRemainingTemporaryFilesAndKeepsThoseRenamed() throws IOException {
        Files.createDirectories(dir.resolve("b.txt/blocker")); // renaming a file over it fails
        AtomicBatch batch = new AtomicBatch();
        batch.stage(0, dir.resolve("a.txt"), bytes("a"));
        batch.stage(0, dir.resolve("b.txt"), bytes("b"));
        batch.stage(0, dir.resolve("c.txt"), bytes("c"));
        batch.force();
        assertThrows(IOException.class, batch::publish);
        batch.abort();
        assertEquals(List.of("a.txt", "b.txt"), names(), "a renamed, b still the folder, no temporary file");
        assertTrue(Files.isDirectory(dir.resolve("b.txt")));
        assertEquals("a", Files.readString(dir.resolve("a.txt")));
    }

    @Test
    void filesStagedInAnotherFolderFromTwoThreadsAreRenamedIntoTheirTargetsPhaseByPhase() throws Exception {
        Path documents = Files.createDirectories(dir.resolve("documents"));
        Path staging = Files.createDirectories(dir.resolve(".aurum/staging"));
        AtomicBatch batch = new AtomicBatch();
        Thread metas = new Thread(() -> {
            try {
                for (int i = 0; i < 200; i++) {
                    batch.stage(1, documents.resolve(i + ".meta.json"), bytes("{\"n\": " + i + "}"), staging);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        metas.start();
        for (int i = 0; i < 200; i++) {
            batch.stage(0, documents.resolve(i + ".txt"), bytes("text " + i));
        }
        metas.join();
        assertEquals(200, count(staging), "the meta files wait in the staging folder");
        batch.force();
        assertEquals(List.of(), names(documents).stream().filter(n -> !n.startsWith(".")).toList(),
                "nothing visible before publishing");

        batch.publish();

        assertEquals(400, names(documents).size());
        assertTrue(names(documents).stream().noneMatch(n -> n.endsWith(".tmp")));
        assertEquals("{\"n\": 7}", Files.readString(documents.resolve("7.meta.json")));
        assertEquals("text 199", Files.readString(documents.resolve("199.txt")));
        assertEquals(0, count(staging), "nothing left behind in the staging folder");
    }

    @Test
    void abortDeletesTheFilesStagedInAnotherFolder() throws IOException {
        Path staging = Files.createDirectories(dir.resolve("staging"));
        AtomicBatch batch = new AtomicBatch();
        batch.stage(0, dir.resolve("a.txt"), bytes("a"));
        batch.stage(1, dir.resolve("a.meta.json"), bytes("{}"), staging);
        batch.abort();
        assertEquals(List.of("staging"), names());
        assertEquals(0, count(staging));
    }

    @Test
    void stagingATargetTwiceKeepsOnlyTheLastContent() throws IOException {
        AtomicBatch batch = new AtomicBatch();
        batch.stage(0, dir.resolve("a.txt"), bytes("first"));
        batch.stage(0, dir.resolve("a.txt"), bytes("second"));
        batch.commit();
        assertEquals(List.of("a.txt"), names());
        assertEquals("second", Files.readString(dir.resolve("a.txt")));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
