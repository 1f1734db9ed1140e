package aurum.corpus.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The LSH buckets of one band: documents whose signatures agree on all rows of the band share a bucket.
 * Primitive arrays (an open-addressing table of bucket heads, chained entries) because an index of 100k
 * documents holds millions of entries; boxed maps would need several times the memory.
 */
final class BandTable {

    private final int firstRow;
    private final int rows;
    private int[] heads = new int[64];
    private int buckets;
    private int[] entryDoc = new int[64];
    private int[] entryNext = new int[64];
    private int entries;

    BandTable(int firstRow, int rows) {
        this.firstRow = firstRow;
        this.rows = rows;
        Arrays.fill(heads, -1);
    }

    /**
     * Calls {@code action} for each earlier document in this document's bucket, then adds it. Buckets
     * are compared on the band values themselves, read from {@code all} (signatures by document number).
     */
    void addAndVisit(int doc, Signature sig, Signature[] all, IntConsumer action) {
        int slot = find(sig, all);
        for (int e = heads[slot]; e >= 0; e = entryNext[e]) {
            action.accept(entryDoc[e]);
        }
        if (entries == entryDoc.length) {
            entryDoc = Arrays.copyOf(entryDoc, entries * 2);
            entryNext = Arrays.copyOf(entryNext, entries * 2);
        }
        if (heads[slot] < 0) {
            buckets++;
        }
        entryDoc[entries] = doc;
        entryNext[entries] = heads[slot];
        heads[slot] = entries++;
        if (buckets * 2 > heads.length) {
            rehash(all);
        }
    }

    private int find(Signature sig, Signature[] all) {
        int mask = heads.length - 1;
        int slot = hash(sig) & mask;
        while (heads[slot] >= 0 && !sameBand(sig, all[entryDoc[heads[slot]]])) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash(Signature[] all) {
        int[] old = heads;
        heads = new int[old.length * 2];
        Arrays.fill(heads, -1);
        for (int head : old) {
            if (head >= 0) {
                heads[find(all[entryDoc[head]], all)] = head;
            }
        }
    }

    private int hash(Signature sig) {
        long h = firstRow;
        for (int r = 0; r < rows; r++) {
            h = Hashing.mix(h * Hashing.GOLDEN + sig.at(firstRow + r));
        }
        return (int) h;
    }

    private boolean sameBand(Signature a, Signature b) {
        for (int r = firstRow; r < firstRow + rows; r++) {
            if (a.at(r) != b.at(r)) {
                return false;
            }
        }
        return true;
    }
}
