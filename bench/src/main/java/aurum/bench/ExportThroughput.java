package aurum.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import aurum.bench.generator.DocumentSource;
import aurum.bench.generator.NewsDocument;
import aurum.bench.generator.Span;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.export.CorpusExport;
import aurum.export.ExportOptions;
import aurum.export.ExportProgress;
import aurum.export.ExportResult;
import aurum.export.ExporterRegistry;
import aurum.export.OverlapPolicy;
import aurum.export.SplitSpec;

/**
 * {@code ExportThroughput DOCS WORKDIR}: builds an Aurum corpus of DOCS generated news documents with gold
 * spans (not timed), then in one run times {@code cat} of the corpus files to /dev/null, {@code cp -r} of
 * the corpus, and exports to CoNLL and JSONL (80/10/10, near-duplicate clusters, keep-longest). Prints
 * each as MB/s of corpus bytes and the export's ratio to the copy, and the heap peak of each export.
 */
public final class ExportThroughput {

    private ExportThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int docs = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        Path corpus = work.resolve("corpus-" + docs);
        if (!Files.exists(corpus.resolve("corpus.json"))) {
            build(corpus, docs);
        }
        long bytes = size(corpus);
        System.out.printf("corpus: %d documents, %.1f MB on disk (texts and gold layers)%n", docs, bytes / 1e6);
        shell("find " + corpus + " -type f -print0 | xargs -0 cat > /dev/null"); // warm the page cache
        double cat = seconds(() -> shell("find " + corpus + " -type f -print0 | xargs -0 cat > /dev/null"));
        Path copy = work.resolve("copy-" + docs);
        shell("rm -rf " + copy);
        double cp = seconds(() -> shell("cp -r " + corpus + " " + copy + " && sync"));
        shell("rm -rf " + copy);
        System.out.printf("cat > /dev/null  %6.2f s  %7.1f MB/s%n", cat, bytes / 1e6 / cat);
        System.out.printf("cp -r (+ sync)   %6.2f s  %7.1f MB/s%n", cp, bytes / 1e6 / cp);
        CorpusStore store = CorpusStore.open(corpus);
        for (String format : new String[] {"conll", "jsonl"}) {
            Path out = work.resolve("export-" + format + "-" + docs);
            shell("rm -rf " + out);
            resetPeaks();
            long t0 = System.nanoTime();
            ExportResult result = CorpusExport.run(store, ExporterRegistry.builtIn().find(format).orElseThrow(),
                    ExportOptions.defaults().withSplit(SplitSpec.parse("80/10/10"), 1, false)
                            .withOverlap(OverlapPolicy.KEEP_LONGEST), out, ExportProgress.NONE);
            double s = (System.nanoTime() - t0) / 1e9;
            long spans = result.splits().values().stream().mapToLong(c -> c.spanTotal()).sum();
            System.out.printf("export %-6s     %6.2f s  %7.1f MB/s  %.2f of cp, %.2f of cat; %d spans, %d dropped; heap peak %d MB%n",
                    format, s, bytes / 1e6 / s, cp / s, cat / s, spans, result.dropped(), peakHeap() / 1_000_000);
        }
    }

    private static void build(Path corpus, int docs) throws IOException {
        long t0 = System.nanoTime();
        CorpusStore store = CorpusStore.create(corpus, CorpusSettings.of("bench", new LabelSetRef("news", "1.0.0")));
        DocumentSource source = new DocumentSource(1);
        for (int n = 1; n <= docs; n++) {
            NewsDocument generated = source.document(n);
            Document document = Document.imported(generated.id(), generated.text(), DocumentMetadata.NONE);
            if (!store.addDocument(document).equals(document.id())) {
                continue;
            }
            Layer gold = new Layer(document, LayerOwner.GOLD);
            for (Span s : generated.spans()) {
                gold.add(aurum.core.model.Span.builder().range(s.start(), s.end()).label(s.label()).created(Instant.EPOCH).build());
            }
            gold.setState(LayerState.CURATED);
            store.saveLayer(gold, 0);
        }
        System.out.printf("built the corpus in %.1f s%n", (System.nanoTime() - t0) / 1e9);
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

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
