package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusStore;

/** Two imports into one corpus at once: both succeed with every document and span, the second after the first. */
class ConcurrentImportsTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LabelSet news = new LabelSet("news", "News", "2.0.0", List.of(LabelDefinition.of("AMOUNT", "Amount")));
        int code = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CommandServices.of(() -> () -> List.of(news)),
                dir.resolve("logs")).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code count} records, the first {@code shared} of them the same texts in every file. */
    private Path jsonl(String name, int count, int shared) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String text = i < shared ? "Shared text " + i + " costs $" + i + "." : name + " text " + i + " costs $" + i + ".";
            b.append("{\"id\":\"").append(i < shared ? "s" : name).append(i).append("\",\"text\":\"").append(text)
                    .append("\",\"label\":[[").append(text.indexOf('$')).append(',').append(text.length() - 1)
                    .append(",\"AMOUNT\"]]}\n");
        }
        return Files.writeString(dir.resolve(name + ".jsonl"), b);
    }

    @Test
    void twoImportsIntoANewFolderAtOnceBothStoreEverything() throws Exception {
        Path corpus = dir.resolve("c");
        Path a = jsonl("a", 800, 300);
        Path b = jsonl("b", 800, 300);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Run>> runs = new ArrayList<>();
            for (String[] args : List.of(new String[] { "import", a.toString(), "--corpus", corpus.toString(),
                    "--annotator", "alice" }, new String[] { "import", b.toString(), "--corpus", corpus.toString(),
                            "--annotator", "bob" })) {
                runs.add(pool.submit((Callable<Run>) () -> {
                    start.await();
                    return run(args);
                }));
            }
            Run first = runs.get(0).get();
            Run second = runs.get(1).get();
            assertEquals(0, first.code(), first.err());
            assertEquals(0, second.code(), second.err());
            assertTrue((first.err() + second.err()).contains("waiting for another import into "),
                    "one import says that it waits: " + first.err() + second.err());
        } finally {
            pool.shutdownNow();
        }
        try (CorpusStore store = CorpusStore.open(corpus)) {
            assertEquals(300 + 500 + 500, store.documents().size());
            for (String id : List.of("s0", "s299", "a300", "a799", "b300", "b799")) {
                String owner = id.startsWith("b") ? "bob" : "alice";
                assertEquals(1, store.loadLayer(id, LayerOwner.annotator(owner)).size(), id);
            }
            // the shared texts carry both annotators' spans
            assertEquals(1, store.loadLayer("s0", LayerOwner.annotator("bob")).size());
        }
        Run validate = run("validate", "--corpus", corpus.toString());
        assertEquals(0, validate.code(), validate.out());
    }
}
