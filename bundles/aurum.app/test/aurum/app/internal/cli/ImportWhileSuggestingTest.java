package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LayerOwner;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusStore;

/**
 * Issue 22, concurrent writers: an import and a suggestion run on one corpus at once both succeed; the import
 * stores every document and span, suggestions land only as whole, valid layers, and a second suggestion run
 * covers what the first could not see.
 */
class ImportWhileSuggestingTest {

    private static final LabelSet NEWS = new LabelSet("news", "News", "2.0.0",
            List.of(LabelDefinition.of("AMOUNT", "Amount")));
    private static final LayerOwner SUGGESTIONS = LayerOwner.annotator("suggestions");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CommandServices.of(() -> () -> List.of(NEWS))
                        .withRecognizers(() -> () -> List.of(SuggestAndMigrateCommandTest.descriptor("test.money",
                                "AMOUNT", "\\$\\d+ million"))),
                dir.resolve("logs")).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code count} documents named {@code prefix<i>}, each with one hand-made AMOUNT span. */
    private Path jsonl(String prefix, int count) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String text = "Report " + prefix + " " + i + ": the programme costs $" + (i + 1) + " million a year.";
            int start = text.indexOf('$');
            b.append("{\"id\":\"").append(prefix).append(i).append("\",\"text\":\"").append(text)
                    .append("\",\"label\":[[").append(start).append(',').append(text.indexOf(" a year"))
                    .append(",\"AMOUNT\"]]}\n");
        }
        return Files.writeString(dir.resolve(prefix + ".jsonl"), b);
    }

    @Test
    void anImportAndASuggestionRunAtOnceBothFinishWithEverythingStored() throws Exception {
        Path corpus = dir.resolve("c");
        Run seed = run("import", jsonl("old", 600).toString(), "--corpus", corpus.toString(), "--annotator", "alice");
        assertEquals(0, seed.code(), seed.err());
        Path fresh = jsonl("new", 600);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Run imported;
        Run suggested;
        try {
            Future<Run> importing = pool.submit(() -> {
                start.await();
                return run("import", fresh.toString(), "--corpus", corpus.toString(), "--annotator", "bob");
            });
            Future<Run> suggesting = pool.submit(() -> {
                start.await();
                return run("suggest", "--corpus", corpus.toString());
            });
            imported = importing.get();
            suggested = suggesting.get();
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, imported.code(), imported.err());
        assertEquals(0, suggested.code(), suggested.err());

        int suggestedBefore;
        try (CorpusStore store = CorpusStore.open(corpus)) {
            assertEquals(1200, store.documents().size());
            for (int i : new int[] { 0, 299, 599 }) {
                assertEquals(1, store.loadLayer("new" + i, LayerOwner.annotator("bob")).size(), "new" + i);
                assertEquals(1, store.loadLayer("old" + i, LayerOwner.annotator("alice")).size(), "old" + i);
            }
            // every document the suggestion run saw got its whole suggestion layer: the 600 old ones at least
            suggestedBefore = suggestedDocuments(store);
            assertTrue(suggestedBefore >= 600 && suggestedBefore <= 1200, "suggested documents: " + suggestedBefore);
        }
        Run validate = run("validate", "--corpus", corpus.toString());
        assertEquals(0, validate.code(), validate.out() + validate.err());

        // the next run suggests in exactly the documents the first one did not see (one span each)
        Run again = run("suggest", "--corpus", corpus.toString());
        assertEquals(0, again.code(), again.err());
        try (CorpusStore store = CorpusStore.open(corpus)) {
            assertEquals(1200, suggestedDocuments(store));
        }
        assertTrue(again.out().startsWith((1200 - suggestedBefore) + " new suggestions"), again.out());
    }

    private static int suggestedDocuments(CorpusStore store) throws Exception {
        int count = 0;
        for (var d : store.documents()) {
            var spans = store.loadLayer(d.id(), SUGGESTIONS).spans();
            if (!spans.isEmpty()) {
                assertEquals(1, spans.size(), d.id());
                assertEquals(SpanStatus.SUGGESTED, spans.get(0).status(), d.id());
                count++;
            }
        }
        return count;
    }
}
