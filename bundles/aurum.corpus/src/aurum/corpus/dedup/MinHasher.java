package aurum.corpus.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * Computes MinHash signatures of plain texts over word shingles. The i-th hash function is the 64-bit
 * shingle hash xor-ed with a per-function key derived from the seed, then mixed; cheap, and the keys
 * are fixed by the settings so signatures are reproducible across runs and machines. Thread-safe.
 */
public final class MinHasher {

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

    private Signature signShingles(long[] shingles) {
        long[] min = new long[keys.length];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < keys.length; i++) {
                long h = Hashing.mix(shingle ^ keys[i]) >>> 1;
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        int[] values = new int[keys.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = shingles.length == 0 ? Signature.NONE : (int) (min[i] >>> 32) & 0x7ffffffe;
        }
        return new Signature(values);
    }
}
