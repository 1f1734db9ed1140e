package aurum.corpus.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The LSH buckets of one band: documents whose signatures agree on all rows of the band share a bucket.
 * Primitive arrays (an open-addressing table of bucket heads, chained entries) because an index of 100k
 * documents holds millions of entries; boxed maps would need several times the memory.
 *
 * <p>A bucket keeps only its first {@code maxBucket} members (see {@link DuplicateIndex#MAX_BUCKET} for
 * why): a later document sharing a full bucket is compared with {@code probes} of them and not added.
 */
final class BandTable {

    private final int firstRow;
    private final int rows;
    private final int maxBucket;
    private final int probes;
    private int[] heads = new int[64];
    /** Members per slot of {@link #heads}. */
    private int[] sizes = new int[64];
    /**
     * The band hash per slot: probing compares it before the band values, which sit in another
     * document's signature (a cache miss each on a large index), and growing needs no signature at all.
     */
    private int[] hashes = new int[64];
    private int buckets;
    private int[] entryDoc = new int[64];
    private int[] entryNext = new int[64];
    private int entries;

    BandTable(int firstRow, int rows, int maxBucket, int probes) {
        this.firstRow = firstRow;
        this.rows = rows;
        this.maxBucket = maxBucket;
        this.probes = probes;
        Arrays.fill(heads, -1);
    }

    /**
     * Calls {@code action} for each earlier document kept in this document's bucket (for a full bucket,
     * for the last {@code probes} members kept), then adds it unless the bucket is full. Buckets are
     * compared on the band values themselves, read from {@code all}: every document's signature values,
     * {@code length} per document, by document number.
     */
    void addAndVisit(int doc, int[] all, int length, IntConsumer action) {
        int h = hash(all, doc * length);
        int slot = find(all, doc * length, h, length);
        boolean full = sizes[slot] >= maxBucket;
        int visits = full ? probes : maxBucket;
        for (int e = heads[slot]; e >= 0 && visits > 0; e = entryNext[e], visits--) {
            action.accept(entryDoc[e]);
        }
        if (full) {
            return;
        }
        sizes[slot]++;
        if (entries == entryDoc.length) {
            entryDoc = Arrays.copyOf(entryDoc, entries * 2);
            entryNext = Arrays.copyOf(entryNext, entries * 2);
        }
        if (heads[slot] < 0) {
            buckets++;
            hashes[slot] = h;
        }
        entryDoc[entries] = doc;
        entryNext[entries] = heads[slot];
        heads[slot] = entries++;
        if (buckets * 2 > heads.length) {
            rehash();
        }
    }

    private int find(int[] all, int at, int h, int length) {
        int mask = heads.length - 1;
        int slot = h & mask;
        while (heads[slot] >= 0
                && (hashes[slot] != h || !sameBand(all, at, entryDoc[heads[slot]] * length))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        int[] old = heads;
        int[] oldSizes = sizes;
        int[] oldHashes = hashes;
        heads = new int[old.length * 2];
        sizes = new int[old.length * 2];
        hashes = new int[old.length * 2];
        Arrays.fill(heads, -1);
        int mask = heads.length - 1;
        for (int i = 0; i < old.length; i++) {
            if (old[i] >= 0) {
                int slot = oldHashes[i] & mask; // buckets are distinct: the first free slot is the place
                while (heads[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                heads[slot] = old[i];
                sizes[slot] = oldSizes[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    private int hash(int[] all, int at) {
        long h = firstRow;
        for (int r = 0; r < rows; r++) {
            h = Hashing.mix(h * Hashing.GOLDEN + all[at + firstRow + r]);
        }
        return (int) h;
    }

    private boolean sameBand(int[] all, int a, int b) {
        for (int r = firstRow; r < firstRow + rows; r++) {
            if (all[a + r] != all[b + r]) {
                return false;
            }
        }
        return true;
    }
}
