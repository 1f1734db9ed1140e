package aurum.corpus.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * Computes MinHash signatures of plain texts over word shingles, by one-permutation hashing (see
 * {@link #signShingles}): one mixed 64-bit hash per shingle, keyed by the seed, so signatures are
 * reproducible across runs and machines. Thread-safe.
 */
public final class MinHasher {

    /** Bins tried for an empty bin before taking the next non-empty one in order. */
    private static final int MAX_ATTEMPTS = 1 << 12;

    private final DedupSettings settings;
    private final long[] keys;

    public MinHasher(DedupSettings settings) {
        this.settings = settings;
        this.keys = new long[settings.hashCount()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Hashing.mix(settings.seed() + (i + 1) * Hashing.GOLDEN);
        }
    }

    /** The signature of a text, after {@link TextNormalizer} normalization. */
    public Signature sign(String text) {
        return signWords(TextNormalizer.words(text));
    }

    /** The signature of a text already split by {@link TextNormalizer#words}. */
    public Signature signWords(List<String> words) {
        return signShingles(shingles(words, settings.shingleSize()));
    }

    /**
     * Distinct shingle hashes of a word sequence. A text shorter than the shingle size yields one
     * shingle of all its words, so two identical short texts still match.
     */
    static long[] shingles(List<String> words, int size) {
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] wordHashes = new long[words.size()];
        int w = 0;
        for (String word : words) {
            wordHashes[w++] = Hashing.word(word);
        }
        int width = Math.min(size, wordHashes.length);
        long[] shingles = new long[wordHashes.length - width + 1];
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = Hashing.shingle(wordHashes, i, width);
        }
        // sorted, then repeats dropped: a stream's distinct() would box every shingle
        Arrays.sort(shingles);
        int distinct = 0;
        for (int i = 0; i < shingles.length; i++) {
            if (i == 0 || shingles[i] != shingles[distinct - 1]) {
                shingles[distinct++] = shingles[i];
            }
        }
        return Arrays.copyOf(shingles, distinct);
    }

    /**
     * One-permutation MinHash: each shingle is hashed once; the top bits of its hash pick one of the
     * {@code hashCount} bins and the bits below are its value there; each bin keeps its smallest value.
     * A short document leaves bins empty; each empty bin takes the value of the first non-empty bin
     * of a fixed pseudo-random sequence of bins (the same sequence for every document), so that two
     * documents agree on an empty bin exactly when they agree on the bin it copies. This estimates
     * Jaccard similarity as well as {@code hashCount} independent hash functions do, at one hash per
     * shingle instead of {@code hashCount} (Li, Owen and Zhang, "One permutation hashing", NIPS 2012;
     * Shrivastava, "Optimal densification for fast and accurate minwise hashing", ICML 2017).
     */
    private Signature signShingles(long[] shingles) {
        int bins = keys.length;
        int[] values = new int[bins];
        if (shingles.length == 0) {
            Arrays.fill(values, Signature.NONE);
            return new Signature(values);
        }
        int binBits = 32 - Integer.numberOfLeadingZeros(bins - 1); // 7 for 128 bins
        long[] min = new long[bins];
        Arrays.fill(min, Long.MAX_VALUE);
        long key = keys[0];
        for (long shingle : shingles) {
            long h = Hashing.mix(shingle ^ key);
            int bin = binBits == 0 ? 0 : (int) ((h >>> (64 - binBits)) % bins);
            long value = (h & (-1L >>> binBits)) >>> 1; // the 63 - binBits bits below the bin's
            if (value < min[bin]) {
                min[bin] = value;
            }
        }
        for (int i = 0; i < bins; i++) {
            long m = min[i];
            for (int attempt = 1; m == Long.MAX_VALUE && attempt <= MAX_ATTEMPTS; attempt++) {
                m = min[(int) Long.remainderUnsigned(Hashing.mix(keys[i] + attempt), bins)];
            }
            for (int next = 1; m == Long.MAX_VALUE; next++) { // a bound on the loop above; never seen
                m = min[(i + next) % bins];
            }
            // the upper 31 bits of the value; the lowest bit is cleared so that no value is NONE
            values[i] = (int) (m >>> (32 - binBits)) & 0x7ffffffe;
        }
        return new Signature(values);
    }
}
