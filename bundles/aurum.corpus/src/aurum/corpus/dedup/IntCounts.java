package aurum.corpus.dedup;

/**
 * Counts per {@code int} key in an open-addressing table: the document frequencies of a corpus's
 * millions of term occurrences without boxing each key and count ({@code HashMap<Integer, Integer>}
 * cost most of {@link RelatedFinder}'s time on 10k documents). Not thread-safe.
 */
final class IntCounts {

    private static final int FREE = 0;

    /** Key and count side by side ({@code [2i]} key, {@code [2i + 1]} count): one cache miss per lookup, not two. */
    private int[] table;
    /** Whether key 0, which marks free slots, was counted, and how often. */
    private int zeroCount;
    private int size;

    IntCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new int[capacity * 2];
    }

    /** Adds one to the count of {@code key}. */
    void increment(int key) {
        if (key == FREE) {
            zeroCount++;
            return;
        }
        int slot = slot(key);
        if (table[slot] == FREE) {
            table[slot] = key;
            table[slot + 1] = 1;
            if (++size * 4 > table.length) { // more than half the slots used
                grow();
            }
            return;
        }
        table[slot + 1]++;
    }

    /** The count of {@code key}; 0 if never counted. */
    int get(int key) {
        if (key == FREE) {
            return zeroCount;
        }
        int slot = slot(key);
        return table[slot] == FREE ? 0 : table[slot + 1];
    }

    /** The index of {@code key}'s slot, or of the free slot where it would go. */
    private int slot(int key) {
        int mask = (table.length >> 1) - 1;
        int slot = (key * 0x9E3779B9 >>> 7) & mask; // keys are hashes already; spread the low bits anyway
        while (table[slot << 1] != FREE && table[slot << 1] != key) {
            slot = (slot + 1) & mask;
        }
        return slot << 1;
    }

    private void grow() {
        int[] old = table;
        table = new int[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != FREE) {
                int slot = slot(old[i]);
                table[slot] = old[i];
                table[slot + 1] = old[i + 1];
            }
        }
    }
}
