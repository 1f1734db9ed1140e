package aurum.corpus.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The LSH buckets of one band: documents whose signatures agree on all rows of the band share a bucket.
 * Primitive arrays (an open-addressing table of bucket heads, chained entries) because an index of 100k
 * documents holds millions of entries; boxed maps would need several times the memory.
 *
 * <p>A bucket keeps only its first {@code maxBucket} members (see {@link DuplicateIndex#MAX_BUCKET} for
 * why): a later document sharing a full bucket is compared with those members and not added.
 */
final class BandTable {

    private final int firstRow;
    private final int rows;
    private final int maxBucket;
    private int[] heads = new int[64];
    /** Members per slot of {@link #heads}. */
    private int[] sizes = new int[64];
    private int buckets;
    private int[] entryDoc = new int[64];
    private int[] entryNext = new int[64];
    private int entries;

    BandTable(int firstRow, int rows, int maxBucket) {
        this.firstRow = firstRow;
        this.rows = rows;
        this.maxBucket = maxBucket;
        Arrays.fill(heads, -1);
    }

    /**
     * Calls {@code action} for each earlier document kept in this document's bucket, then adds it unless
     * the bucket is full. Buckets are compared on the band values themselves, read from {@code all}
     * (signatures by document number).
     */
    void addAndVisit(int doc, Signature sig, Signature[] all, IntConsumer action) {
        int slot = find(sig, all);
        for (int e = heads[slot]; e >= 0; e = entryNext[e]) {
            action.accept(entryDoc[e]);
        }
        if (sizes[slot] >= maxBucket) {
            return;
        }
        sizes[slot]++;
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
        int[] oldSizes = sizes;
        heads = new int[old.length * 2];
        sizes = new int[old.length * 2];
        Arrays.fill(heads, -1);
        for (int i = 0; i < old.length; i++) {
            if (old[i] >= 0) {
                int slot = find(all[entryDoc[old[i]]], all);
                heads[slot] = old[i];
                sizes[slot] = oldSizes[i];
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
