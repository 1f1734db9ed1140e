package aurum.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import aurum.corpus.store.CorpusStore;
import aurum.export.CorpusExport;
import aurum.export.ExportOptions;
import aurum.export.ExportProgress;
import aurum.export.ExportResult;
import aurum.export.ExporterRegistry;
import aurum.export.OverlapPolicy;
import aurum.export.SplitSpec;

/**
 * {@code ExportThroughput DOCS WORKDIR}: writes an Aurum corpus of DOCS generated news documents with gold
 * spans and boilerplate regions (not timed; {@link ExportCorpus}), then times {@code cat} of the corpus files
 * to /dev/null, {@code cp -r} of the corpus plus {@code sync}, and exports to CoNLL and JSONL (80/10/10 split,
 * keep-longest; the generated corpus has no clusters.json). Prints each as MB/s of corpus bytes, the export's ratio to
 * the copy, the CPU time the process spent on it, and the heap peaks during it: of the whole heap (garbage
 * included, so it follows the collector's sizing) and of the old generation (what survives, the part that
 * would grow if the export held documents), and the largest heap left after a collection while it ran
 * (sampled every 50 ms: the live data, garbage excluded).
 *
 * <p>System properties: {@code threads} (the export's threads; unset: {@link CorpusExport}'s default),
 * {@code formats} (default {@code conll,jsonl}), {@code copy=false} to skip cat and cp, {@code repeat} (export
 * runs per format, default 1).
 */
public final class ExportThroughput {

    private ExportThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int docs = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        Path corpus = work.resolve("corpus-" + docs);
        if (!Files.exists(corpus.resolve("corpus.json"))) {
            long t0 = System.nanoTime();
            ExportCorpus.write(corpus, docs, 1);
            System.out.printf("wrote the corpus in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        long bytes = size(corpus);
        System.out.printf("corpus: %d documents, %.1f MB on disk (texts, meta and gold layers)%n", docs, bytes / 1e6);
        double cp = Double.NaN;
        if (!"false".equals(System.getProperty("copy"))) {
            shell("find " + corpus + " -type f -print0 | xargs -0 cat > /dev/null"); // warm the page cache
            double cat = seconds(() -> shell("find " + corpus + " -type f -print0 | xargs -0 cat > /dev/null"));
            Path copy = work.resolve("copy-" + docs);
            shell("rm -rf " + copy);
            cp = seconds(() -> shell("cp -r " + corpus + " " + copy + " && sync"));
            shell("rm -rf " + copy);
            System.out.printf("cat > /dev/null  %6.2f s  %7.1f MB/s%n", cat, bytes / 1e6 / cat);
            System.out.printf("cp -r (+ sync)   %6.2f s  %7.1f MB/s%n", cp, bytes / 1e6 / cp);
        }
        String threads = System.getProperty("threads");
        int repeat = Integer.getInteger("repeat", 1);
        CorpusStore store = CorpusStore.open(corpus);
        for (String format : System.getProperty("formats", "conll,jsonl").split(",")) {
            for (int r = 0; r < repeat; r++) {
                Path out = work.resolve("export-" + format + "-" + docs);
                shell("rm -rf " + out);
                resetPeaks();
                long cpu0 = processCpu();
                long t0 = System.nanoTime();
                LiveHeap live = LiveHeap.begin();
                ExportResult result = export(store, format, out, threads);
                double s = (System.nanoTime() - t0) / 1e9;
                long afterGc = live.end();
                double cpu = (processCpu() - cpu0) / 1e9;
                long spans = result.splits().values().stream().mapToLong(c -> c.spanTotal()).sum();
                System.out.printf("export %-6s %s  %6.2f s  %6.2f s CPU  %7.1f MB/s  %.2f of cp; %d spans, %d dropped;"
                        + " heap peak %d MB, old gen peak %d MB, peak after GC %d MB%n", format,
                        threads == null ? "" : "t" + threads, s, cpu, bytes / 1e6 / s, cp / s, spans, result.dropped(),
                        peakHeap(null) / 1_000_000, peakHeap("Old") / 1_000_000, afterGc / 1_000_000);
            }
        }
    }

    /** The 5-argument run unless a thread count is given, so this class also times exports that predate it. */
    private static ExportResult export(CorpusStore store, String format, Path out, String threads) throws Exception {
        ExportOptions options = ExportOptions.defaults().withSplit(SplitSpec.parse("80/10/10"), 1, false)
                .withOverlap(OverlapPolicy.KEEP_LONGEST);
        var exporter = ExporterRegistry.builtIn().find(format).orElseThrow();
        return threads == null ? CorpusExport.run(store, exporter, options, out, ExportProgress.NONE)
                : CorpusExport.run(store, exporter, options, out, ExportProgress.NONE, Integer.parseInt(threads));
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private static double seconds(Action action) throws Exception {
        long t0 = System.nanoTime();
        action.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void shell(String command) throws IOException, InterruptedException {
        int code = new ProcessBuilder("sh", "-c", command).inheritIO().start().waitFor();
        if (code != 0) {
            throw new IOException(command + " exited " + code);
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Peak used bytes of the heap pools whose name contains {@code pool} (all heap pools when null). */
    private static long peakHeap(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> pool == null || p.getName().contains(pool)).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
