package aurum.app.internal.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which corpus the workbench opens: the one asked for, else the one shown last, else the sample. */
class StartupOptionsTest {

    @TempDir
    Path dir;

    @Test
    void theCorpusAskedForWinsOverTheLastOne() throws IOException {
        Path asked = Files.createDirectories(dir.resolve("asked"));
        Path last = Files.createDirectories(dir.resolve("last"));
        StartupOptions options = StartupOptions.parse(new String[] {"-corpus", asked.toString(), "-timings", "t.jsonl"},
                dir, Optional.of(last));
        assertEquals(asked, options.corpus());
        assertTrue(options.timings().orElseThrow().endsWith("t.jsonl"));
        assertTrue(options.screenshot().isEmpty());
    }

    @Test
    void withoutOneTheLastCorpusOpensAndTheSampleWhenItIsGone() throws IOException {
        Path last = Files.createDirectories(dir.resolve("last"));
        assertEquals(last, StartupOptions.parse(new String[0], dir, Optional.of(last)).corpus());
        Files.delete(last);
        assertEquals(dir.resolve(StartupOptions.SAMPLE_CORPUS),
                StartupOptions.parse(new String[] {"-nosplash"}, dir, Optional.of(last)).corpus());
        assertEquals(dir.resolve(StartupOptions.SAMPLE_CORPUS), StartupOptions.parse(new String[0], dir).corpus());
    }
}
