package aurum.corpus.dedup;

/**
 * The fixed 64-bit hash functions behind signatures. They are written out here (not taken from
 * {@code String.hashCode} or a library) so that signatures, and so the pairs and clusters found, are
 * the same on every machine and JVM: changing anything in this class changes every signature
 * (SignatureTest pins two values) and makes signatures kept by a tool incomparable with new ones.
 */
final class Hashing {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private Hashing() {
    }

    /** SplitMix64's finalizer: a bijective mix with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over the UTF-16 units of a word, then mixed. */
    static long word(String word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * FNV_PRIME;
        }
        return mix(h);
    }

    /** Order-sensitive combination of the word hashes of one shingle. */
    static long shingle(long[] wordHashes, int from, int count) {
        long h = count;
        for (int i = from; i < from + count; i++) {
            h = mix(h * GOLDEN + wordHashes[i]);
        }
        return h;
    }
}
