package aurum.export.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed export's staging folder is removed by the next export; a running one's is left alone. */
class StagingSweepTest {

    @TempDir
    Path dir;

    private Path staging(String out) throws Exception {
        return Files.createDirectory(dir.resolve("." + out + "." + UUID.randomUUID() + ".tmp"));
    }

    @Test
    void theNextExportRemovesWhatKilledExportsLeftButNotARunningExportsFolder() throws Exception {
        Path killed = staging("out1");
        Files.writeString(killed.resolve(StagingSweep.LOCK), ""); // its process died: nobody holds the lock
        Files.writeString(killed.resolve("train.conll"), "half written");
        Path scratch = Files.writeString(dir.resolve(killed.getFileName() + ".sort.tmp"), "scratch");
        Path diedEarly = staging("out2"); // died before it took its lock, long ago
        Files.setLastModifiedTime(diedEarly, FileTime.from(Instant.now().minus(Duration.ofMinutes(11))));
        Path young = staging("out3"); // may be an export starting right now
        Path unrelated = Files.createDirectory(dir.resolve(".not-a-staging-folder.tmp"));

        try (StagingOutput running = new StagingOutput(dir.resolve("out4"))) {
            assertFalse(Files.exists(killed) || Files.exists(scratch) || Files.exists(diedEarly));
            assertTrue(Files.exists(young) && Files.exists(unrelated));
            // a second export meanwhile leaves the first one's staging folder alone
            try (StagingOutput second = new StagingOutput(dir.resolve("out5"))) {
                try (var s = Files.list(dir)) {
                    assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith(".out4.")).count(),
                            "out4's staging folder is still there");
                }
            }
        }
    }
}
