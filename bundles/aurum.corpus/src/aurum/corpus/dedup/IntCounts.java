package aurum.corpus.dedup;

/**
 * Counts per {@code int} key in an open-addressing table: the document frequencies of a corpus's
 * millions of term occurrences without boxing each key and count ({@code HashMap<Integer, Integer>}
 * cost most of {@link RelatedFinder}'s time on 10k documents). Not thread-safe.
 */
final class IntCounts {

    private static final int FREE = 0;

    private int[] keys;
    private int[] counts;
    /** Whether key 0, which marks free slots, was counted, and how often. */
    private int zeroCount;
    private int size;

    IntCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        counts = new int[capacity];
    }

    /** Adds one to the count of {@code key}. */
    void increment(int key) {
        if (key == FREE) {
            zeroCount++;
            return;
        }
        int slot = slot(key);
        if (keys[slot] == FREE) {
            keys[slot] = key;
            if (++size * 2 > keys.length) {
                counts[slot] = 1;
                grow();
                return;
            }
        }
        counts[slot]++;
    }

    /** The count of {@code key}; 0 if never counted. */
    int get(int key) {
        if (key == FREE) {
            return zeroCount;
        }
        int slot = slot(key);
        return keys[slot] == FREE ? 0 : counts[slot];
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int slot = (key * 0x9E3779B9 >>> 7) & mask; // keys are hashes already; spread the low bits anyway
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
