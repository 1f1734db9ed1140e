package aurum.bench.generator;

import java.util.SplittableRandom;

/**
 * The n-th document of a corpus, computed on demand from the seed alone. Classic corpora: about one in
 * twenty documents is a near-duplicate of one of the thousand documents before it, every other document
 * reports a story of its own. Corpora of {@linkplain #withStories() stories} (one topic, many related
 * documents, few near-duplicates): documents come in stories of one to fifteen independent write-ups,
 * most of them in stories of two or more, and about one in fifty is a near-duplicate.
 */
public final class DocumentSource {

    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
    /** Documents per block; a story's documents are all in one block. */
    static final int BLOCK = 100;
    private final long seed;
    private final boolean stories;

    public DocumentSource(long seed) {
        this(seed, false);
    }

    private DocumentSource(long seed, boolean stories) {
        this.seed = seed;
        this.stories = stories;
    }

    /** The same seed, in stories: one topic, many related documents, few near-duplicates. */
    public DocumentSource withStories() {
        return new DocumentSource(seed, true);
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
            AnnotatedText copy = ArticleComposer.compose(docSeed(original), decide.split(), storyOf(original));
            return new NewsDocument(id, copy.text(), copy.spans(), id(original), storyId(original));
        }
        AnnotatedText text = ArticleComposer.compose(docSeed(n), null, storyOf(n));
        return new NewsDocument(id, text.text(), text.spans(), null, storyId(n));
    }

    private SplittableRandom decider(int n) {
        return new SplittableRandom(docSeed(n) ^ 0x5bd1e995L);
    }

    /** Whether document n is a near-duplicate; copies are always made of originals, never of copies. */
    private boolean isCopy(int n, SplittableRandom decide) {
        return n > 1 && decide.nextInt(100) < (stories ? 2 : 5);
    }

    /** The story document {@code n} reports, or {@code null} in a classic corpus. */
    private Story storyOf(int n) {
        if (!stories) {
            return null;
        }
        int[] at = storyAt(n);
        return new Story(mix(blockSeed(n) + at[0] * GOLDEN), at[1]);
    }

    /** {@code s<block>-<number>} of the story of document {@code n}; its own id in a classic corpus. */
    private String storyId(int n) {
        return stories ? "s" + (n - 1) / BLOCK + "-" + storyAt(n)[0] : id(n);
    }

    /**
     * The number of document {@code n}'s story within its block and that story's size. A block's documents
     * are cut into stories in order: three in ten stories have one document, the others two to six
     * (two in three) or two to fifteen.
     */
    private int[] storyAt(int n) {
        SplittableRandom r = new SplittableRandom(blockSeed(n));
        int position = (n - 1) % BLOCK;
        int start = 0;
        for (int story = 0;; story++) {
            int size = r.nextInt(10) < 3 ? 1 : r.nextInt(3) != 0 ? 2 + r.nextInt(5) : 2 + r.nextInt(14);
            size = Math.min(size, BLOCK - start);
            if (position < start + size) {
                return new int[] {story, size};
            }
            start += size;
        }
    }

    private long blockSeed(int n) {
        return mix(seed * GOLDEN ^ 0x73746f7279L + (n - 1) / BLOCK);
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
