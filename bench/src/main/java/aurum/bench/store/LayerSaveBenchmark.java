package aurum.bench.store;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.core.text.TokenBoundaries;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.LayerChanges;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times {@link CorpusStore#saveLayer} and {@link CorpusStore#loadLayer} on the editor's scale target
 * (issue 5): one 10,000,000-char document with 100,000 spans, the same shape as the UI benchmark
 * {@code EditorScaleBenchmarkTest}. Each round adds one span and saves, as a tag in the editor does.
 * Run it under JFR to see where the time goes (docs/PERFORMANCE.md).
 *
 * <p>Usage: {@code LayerSaveBenchmark [CHARS=10000000] [SPANS=100000] [ROUNDS=20] [DIR] [whole|journal]}:
 * {@code whole} saves with {@link CorpusStore#saveLayer}, {@code journal} (the editor's way) with
 * {@link CorpusStore#saveChanges}; the latter also times {@link CorpusStore#compactLayer}.
 */
public final class LayerSaveBenchmark {

    private static final String[] WORDS = ("the defense ministry said on monday that japan and the united states will"
            + " expand joint exercises near okinawa while officials in tokyo and washington discussed a budget of"
            + " billion dollars for hypersonic missile defense and submarines in the pacific region").split(" ");
    private static final LayerOwner OWNER = LayerOwner.annotator("bench");

    private LayerSaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int spanCount = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path dir = args.length > 3 && !args[3].equals("-") ? Path.of(args[3])
                : Files.createTempDirectory("aurum-layer-bench");
        boolean journal = args.length > 4 && args[4].equals("journal");
        String text = text(chars, new Random(1));
        try (CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("bench", new LabelSetRef("news", "1.0.0")))) {
            store.addDocument(new Document("big", text, false, DocumentMetadata.NONE));
            Layer layer = store.loadLayer("big", OWNER);
            layer.addAll(spans(text, spanCount, new Random(2)));
            long revision = store.saveLayer(layer, 0);
            System.out.printf(Locale.ROOT, "document %,d chars, layer %,d spans, layer file %,d bytes%n", chars,
                    layer.size(), Files.size(dir.resolve("layers/annotators/bench/big.json")));

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] saves = new long[rounds];
            long[] saveCpu = new long[rounds];
            Random random = new Random(3);
            for (int i = 0; i < rounds; i++) {
                int start = TokenBoundaries.nextStart(text, random.nextInt(text.length() - 100));
                Span span = Span.builder().range(start, TokenBoundaries.nextEnd(text, start)).label("AMOUNT")
                        .buildFor(text);
                layer.add(span);
                long cpu = threads.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                revision = journal ? store.saveChanges(layer, revision, LayerChanges.builder().put(span).build())
                        : store.saveLayer(layer, revision);
                saves[i] = System.nanoTime() - started;
                saveCpu[i] = threads.getCurrentThreadCpuTime() - cpu;
            }
            long[] loads = new long[Math.max(3, rounds / 4)];
            long[] loadCpu = new long[loads.length];
            for (int i = 0; i < loads.length; i++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                Layer loaded = store.loadLayer("big", OWNER);
                loads[i] = System.nanoTime() - started;
                loadCpu[i] = threads.getCurrentThreadCpuTime() - cpu;
                if (loaded.size() != layer.size() || loaded.revision() != revision) {
                    throw new IllegalStateException("loaded " + loaded.size() + " spans at revision "
                            + loaded.revision() + ", saved " + layer.size() + " at " + revision);
                }
            }
            // CPU time beside wall time: on the shared machine the wall clock mostly measures the neighbours
            System.out.printf(Locale.ROOT, (journal ? "saveChanges" : "saveLayer") + " (add one span, save): median %.1f ms, min %.1f, max %.1f;"
                    + " CPU median %.1f ms (%d rounds)%n", median(saves) / 1e6, min(saves) / 1e6, max(saves) / 1e6,
                    median(saveCpu) / 1e6, rounds);
            if (journal) {
                long started = System.nanoTime();
                store.compactLayer("big", OWNER);
                System.out.printf(Locale.ROOT, "compactLayer after %d journaled saves: %.1f ms%n", rounds,
                        (System.nanoTime() - started) / 1e6);
            }
            System.out.printf(Locale.ROOT, "loadLayer: median %.1f ms, min %.1f, max %.1f; CPU median %.1f ms (%d rounds)%n",
                    median(loads) / 1e6, min(loads) / 1e6, max(loads) / 1e6, median(loadCpu) / 1e6, loads.length);
        }
    }

    static String text(int chars, Random random) {
        StringBuilder text = new StringBuilder(chars + 200);
        int sentence = 0;
        while (text.length() < chars) {
            int words = 8 + random.nextInt(20);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                text.append(w + 1 < words ? " " : ". ");
            }
            if (++sentence % 5 == 0) {
                text.append("\n\n");
            }
        }
        return text.substring(0, chars);
    }

    /** Spans about every chars/count on token boundaries; every tenth nests in the previous, 30% suggested. */
    static List<Span> spans(String text, int count, Random random) {
        List<Span> spans = new ArrayList<>(count);
        String[] labels = {"AMOUNT", "OFFICIAL", "WEAPON", "ORG", "GPE", "DATE"};
        int step = text.length() / count;
        for (int i = 0; i < count; i++) {
            int start = TokenBoundaries.nextStart(text, i * step);
            int end = TokenBoundaries.nextEnd(text, start);
            for (int extra = random.nextInt(3); extra > 0; extra--) {
                end = TokenBoundaries.nextEnd(text, end);
            }
            if (i % 10 == 9 && !spans.isEmpty()) {
                start = spans.get(spans.size() - 1).start();
            }
            spans.add(Span.builder().range(start, end).label(labels[random.nextInt(labels.length)])
                    .status(random.nextInt(10) < 3 ? SpanStatus.SUGGESTED : SpanStatus.MANUAL).buildFor(text));
        }
        return spans;
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
