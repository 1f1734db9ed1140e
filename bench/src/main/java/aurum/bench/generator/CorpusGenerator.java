package aurum.bench.generator;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Command line: {@code CorpusGenerator --docs N --out DIR [--seed S] [--texts-only]}. Writes the corpus
 * described in {@link CorpusWriter} (without the gold span files when {@code --texts-only}) and reports
 * throughput. The same seed always gives byte-identical output.
 */
public final class CorpusGenerator {

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int docs = -1;
        Path out = null;
        long seed = 1;
        boolean gold = true;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--docs" -> docs = Integer.parseInt(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--texts-only" -> gold = false;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (RuntimeException e) {
            docs = -1;
        }
        if (docs < 0 || out == null) {
            System.err.println("usage: CorpusGenerator --docs N --out DIR [--seed S] [--texts-only]");
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        CorpusWriter.Stats stats = CorpusWriter.write(out, docs, seed, gold);
        double seconds = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
        System.out.printf("%d documents, %.1f MB, %d spans, %d near-duplicates in %.2f s: %.0f docs/s, %.1f MB/s%n",
                stats.documents(), stats.bytes() / 1e6, stats.spans(), stats.nearDuplicates(), seconds,
                stats.documents() / seconds, stats.bytes() / 1e6 / seconds);
    }
}
