package aurum.corpus.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.corpus.internal.store.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writeReplacesTheWholeContentAndLeavesOnlyTheTarget() throws IOException {
        Path target = dir.resolve("sub/file.json");
        AtomicFiles.write(target, "a much longer first version".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "short".getBytes(StandardCharsets.UTF_8));
        assertEquals("short", Files.readString(target));
        assertEquals(List.of(target), list(target.getParent()));
    }

    @Test
    void writeCreatesSeveralMissingFoldersAndFlushesEachIntoItsParent() throws IOException {
        Path target = dir.resolve("layers/annotators/new-annotator/doc.json");
        AtomicFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals("{}", Files.readString(target));
        assertEquals(List.of(dir.resolve("layers")), list(dir));
        AtomicFiles.write(dir.resolve("layers/annotators/other/doc.json"), "[]".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, list(dir.resolve("layers/annotators")).size());
    }

    @Test
    void failedWriteKeepsTheOldTargetAndRemovesItsTemporaryFile() throws IOException {
        Path target = dir.resolve("taken");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside"), "keep");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, new byte[] {1, 2, 3}));
        assertTrue(Files.isDirectory(target));
        assertEquals(List.of(target), list(dir));
    }

    @Test
    void temporaryFilesAreRecognisedAndSweptRecursively() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        Path temp = Files.writeString(nested.resolve(".x.json.abc.tmp"), "half");
        Path kept = Files.writeString(nested.resolve("x.json"), "whole");
        Path young = Files.writeString(nested.resolve(".y.json.def.tmp"), "being written");
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        assertTrue(AtomicFiles.isTemporary(temp));
        AtomicFiles.sweepTemporaryFiles(dir);
        assertEquals(List.of(young, kept), list(nested), "crash leftovers swept, a writer's fresh file kept");
        assertArrayEquals("whole".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(kept));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }
}
