package aurum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.store.CorpusStore;

/**
 * Opening and listing a large corpus through the index (docs/PERFORMANCE.md). Command line:
 * {@code ListBenchmark --docs N --dir DIR [--runs R] [--queries no]}. Writes the corpus into DIR when it
 * has none (so a corpus generated once is reused by later runs),
 * builds the index once (timed), then times R warm runs of: open the store, open the index, check
 * freshness and list every document (split into its steps, with CPU time, by {@link ListPhases}); and
 * filtered and text queries on the open index.
 */
public final class ListBenchmark {

    private ListBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int docs = 100_000;
        int runs = 7;
        Path dir = null;
        boolean queries = true;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--queries" -> queries = !args[i + 1].equals("no");
                default -> throw new IllegalArgumentException("usage: ListBenchmark --docs N --dir DIR [--runs R] [--queries no]");
            }
        }
        if (dir == null) {
            throw new IllegalArgumentException("usage: ListBenchmark --docs N --dir DIR [--runs R] [--queries no]");
        }
        if (!Files.exists(dir.resolve("corpus.json"))) {
            long t = System.nanoTime();
            StoreFolderWriter.write(dir, docs, 1);
            report("write corpus files (" + docs + " documents, no fsync)", seconds(t));
        }
        try (CorpusStore store = CorpusStore.open(dir)) {
            long t = System.nanoTime();
            store.index().refresh((done, total) -> {
                if (done % 10_000 == 0) {
                    System.err.printf("indexing %d/%d%n", done, total);
                }
            });
            report("index build or refresh, first open", seconds(t));
        }
        ListPhases phases = new ListPhases();
        int found = 0;
        for (int run = 0; run < runs; run++) {
            found = phases.run(dir);
        }
        phases.report(found);
        if (!queries) {
            return;
        }
        try (CorpusStore store = CorpusStore.open(dir)) {
            time(runs, "query: alice's layers in state DONE", () -> find(store, DocumentQuery.ALL
                    .withOwner(LayerOwner.annotator("alice")).withState(LayerState.DONE)));
            time(runs, "query: label WEAPON in gold", () -> find(store, DocumentQuery.ALL.withOwner(LayerOwner.GOLD)
                    .withLabel("WEAPON")));
            time(runs, "query: text \"missile\"", () -> find(store, DocumentQuery.ALL.withText("missile")));
            time(runs, "query: phrase + state", () -> find(store, DocumentQuery.ALL.withText("\"defense minister\"")
                    .withState(LayerState.IN_PROGRESS)));
            time(runs, "count: text \"the\" (every document)", () -> {
                try {
                    return store.index().count(DocumentQuery.ALL.withText("the"));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static int find(CorpusStore store, DocumentQuery query) {
        try {
            List<IndexedDocument> result = store.index().find(query);
            return result.size();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void time(int runs, String what, Supplier<Integer> query) {
        List<Double> times = new ArrayList<>();
        int hits = 0;
        for (int run = 0; run < runs; run++) {
            long t = System.nanoTime();
            hits = query.get();
            times.add(seconds(t));
        }
        report(what + " -> " + hits + " documents", times);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void report(String what, double seconds) {
        System.out.printf("%-70s %8.3f s%n", what, seconds);
    }

    /** Prints min / median / max; the first run is included, so a cold cache shows as the max. */
    private static void report(String what, List<Double> seconds) {
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        System.out.printf("%-70s %8.3f s median (min %.3f, max %.3f, %d runs)%n", what,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }
}
