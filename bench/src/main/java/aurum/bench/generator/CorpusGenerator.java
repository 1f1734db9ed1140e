package aurum.bench.generator;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Command line: {@code CorpusGenerator --docs N --out DIR [--seed S] [--texts-only | --brat] [--stories]}.
 * Writes the corpus described in {@link CorpusWriter}: with gold span files, without them
 * ({@code --texts-only}) or as brat standoff ({@code --brat}); {@code --stories} makes a corpus of one
 * topic with many related documents and few near-duplicates ({@link DocumentSource#withStories()}).
 * Reports throughput. The same seed always gives byte-identical output.
 */
public final class CorpusGenerator {

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int docs = -1;
        Path out = null;
        long seed = 1;
        CorpusWriter.Annotations annotations = CorpusWriter.Annotations.GOLD_JSONL;
        boolean stories = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--docs" -> docs = Integer.parseInt(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--texts-only" -> annotations = CorpusWriter.Annotations.NONE;
                    case "--brat" -> annotations = CorpusWriter.Annotations.BRAT;
                    case "--stories" -> stories = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (RuntimeException e) {
            docs = -1;
        }
        if (docs < 0 || out == null) {
            System.err.println("usage: CorpusGenerator --docs N --out DIR [--seed S] [--texts-only | --brat] [--stories]");
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        DocumentSource source = stories ? new DocumentSource(seed).withStories() : new DocumentSource(seed);
        CorpusWriter.Stats stats = CorpusWriter.write(out, source, docs, annotations);
        double seconds = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
        System.out.printf("%d documents, %.1f MB, %d spans, %d near-duplicates in %.2f s: %.0f docs/s, %.1f MB/s%n",
                stats.documents(), stats.bytes() / 1e6, stats.spans(), stats.nearDuplicates(), seconds,
                stats.documents() / seconds, stats.bytes() / 1e6 / seconds);
    }
}
