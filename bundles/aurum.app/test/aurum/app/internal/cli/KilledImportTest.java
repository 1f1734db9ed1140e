package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during an import: {@code validate} reports the interrupted import (exit 1), the next import rolls it
 * back first and then stores everything, and {@code validate} is clean again.
 */
class KilledImportTest {

    @TempDir
    Path dir;

    private Process start(Path out, String... args) throws Exception {
        return new ProcessBuilder(CliMain.command(args)).redirectOutput(out.toFile())
                .redirectError(new File(out + ".err")).start();
    }

    private static long metaFiles(Path corpus) throws Exception {
        Path documents = corpus.resolve("documents");
        if (!Files.isDirectory(documents)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(documents)) {
            return s.filter(p -> p.toString().endsWith(".meta.json")).count();
        }
    }

    @Test
    void aKilledImportIsReportedAndRolledBackByTheNext() throws Exception {
        Path corpus = dir.resolve("c");
        Path input = null;
        boolean killedMidway = false;
        for (int size = 4_000; size <= 64_000 && !killedMidway; size *= 4) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < size; i++) {
                String n = String.valueOf(i);
                b.append("{\"id\":\"d").append(n).append("\",\"text\":\"Text ").append(n)
                        .append(" costs $5.\",\"label\":[[").append(12 + n.length()).append(',')
                        .append(14 + n.length()).append(",\"AMOUNT\"]]}\n");
            }
            input = Files.writeString(dir.resolve("in" + size + ".jsonl"), b);
            Process p = start(dir.resolve("import.out"), "import", input.toString(), "--corpus", corpus.toString());
            while (p.isAlive() && metaFiles(corpus) < 600) {
                Thread.sleep(5);
            }
            killedMidway = p.isAlive();
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no rollback
            if (!killedMidway) {
                Files.writeString(dir.resolve("note"), "finished before the kill at " + size);
                deleteTree(corpus);
            }
        }
        assertTrue(killedMidway, "the import was killed while it wrote documents");

        Path validateOut = dir.resolve("validate.out");
        assertEquals(1, start(validateOut, "validate", "--corpus", corpus.toString()).waitFor());
        String report = Files.readString(validateOut, StandardCharsets.UTF_8);
        assertTrue(report.contains(".aurum/import/running.json:0: the import 'aurum import ") && report.contains(
                "was interrupted"), report);

        Path again = dir.resolve("again.out");
        assertEquals(0, start(again, "import", input.toString(), "--corpus", corpus.toString()).waitFor(),
                Files.readString(Path.of(again + ".err")));
        assertTrue(Files.readString(Path.of(again + ".err")).contains("was interrupted; rolled it back"),
                Files.readString(Path.of(again + ".err")));
        long lines = Files.readAllLines(input).size();
        assertTrue(Files.readString(again).contains(lines + " documents added, 0 already in the corpus, " + lines
                + " spans"), Files.readString(again));
        assertEquals(0, start(validateOut, "validate", "--corpus", corpus.toString()).waitFor(),
                Files.readString(validateOut));
    }

    private static void deleteTree(Path p) throws Exception {
        if (Files.exists(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(q);
                }
            }
        }
    }
}
