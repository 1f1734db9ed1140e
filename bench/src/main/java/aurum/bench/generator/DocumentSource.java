package aurum.bench.generator;

import java.util.SplittableRandom;

/**
 * The n-th document of a corpus, computed on demand from the seed alone: about one in twenty is a
 * near-duplicate of one of the thousand documents before it.
 */
public final class DocumentSource {

    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
    private final long seed;

    public DocumentSource(long seed) {
        this.seed = seed;
    }

    /** Document {@code n}, counting from 1. */
    public NewsDocument document(int n) {
        String id = id(n);
        SplittableRandom decide = decider(n);
        if (isCopy(n, decide)) {
            int original = Math.max(1, n - 1000) + decide.nextInt(Math.min(n - 1, 1000));
            while (isCopy(original, decider(original))) {
                original--;
            }
            AnnotatedText copy = ArticleComposer.compose(docSeed(original), decide.split());
            return new NewsDocument(id, copy.text(), copy.spans(), id(original));
        }
        AnnotatedText text = ArticleComposer.compose(docSeed(n), null);
        return new NewsDocument(id, text.text(), text.spans(), null);
    }

    private SplittableRandom decider(int n) {
        return new SplittableRandom(docSeed(n) ^ 0x5bd1e995L);
    }

    /** Whether document n is a near-duplicate; copies are always made of originals, never of copies. */
    private static boolean isCopy(int n, SplittableRandom decide) {
        return n > 1 && decide.nextInt(100) < 5;
    }

    /** Stable document id: {@code doc-000001}. */
    public static String id(int n) {
        return String.format("doc-%06d", n);
    }

    private long docSeed(int n) {
        return mix(seed * GOLDEN + n);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
