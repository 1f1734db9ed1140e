package aurum.corpus.dedup;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;

/**
 * In how many documents each content term occurs, for the IDF of {@link KeyTerms}: a fixed table of
 * {@value #SLOTS} counters indexed by the term hash, so its size does not grow with the corpus (a
 * 100k-document news corpus has tens of millions of distinct terms, most of them word pairs seen once)
 * and it can be kept and updated as documents are added. Terms sharing a slot add up, so a count is
 * the term's frequency plus those of the terms it collides with: on 100k documents a slot holds about
 * three terms, nearly all seen once or twice, which lowers the weight of the rarest terms a little and
 * leaves the order of frequent and rare terms intact. Not thread-safe.
 */
public final class DocumentFrequencies {

    /** Counters in the table: 2<sup>23</sup>, 32 MB. */
    public static final int SLOTS = 1 << 23;
    private static final int SHIFT = Integer.SIZE - Integer.numberOfTrailingZeros(SLOTS);

    private final int[] counts = new int[SLOTS];
    private long documents;

    /** Counts the terms of one document. */
    public void add(ContentTerms.Counts terms) {
        for (int term : terms.terms()) {
            counts[slot(term)]++;
        }
        documents++;
    }

    /** How many documents counted so far have {@code term} (or a term sharing its slot). */
    public int get(int term) {
        return counts[slot(term)];
    }

    /** How many documents were counted. */
    public long documents() {
        return documents;
    }

    private static int slot(int term) {
        return (int) (Hashing.mix(term) >>> (Long.SIZE - Integer.SIZE)) >>> SHIFT;
    }

    /** Writes the document count and the table (big-endian), {@code 8 + 4 * SLOTS} bytes. */
    public void write(DataOutput out) throws IOException {
        out.writeLong(documents);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        IntBuffer ints = buffer.asIntBuffer();
        for (int i = 0; i < SLOTS; i += ints.capacity()) {
            ints.clear();
            ints.put(counts, i, Math.min(ints.capacity(), SLOTS - i));
            out.write(buffer.array(), 0, ints.position() * Integer.BYTES);
        }
    }

    /** Reads what {@link #write} wrote. */
    public static DocumentFrequencies read(DataInput in) throws IOException {
        DocumentFrequencies df = new DocumentFrequencies();
        df.documents = in.readLong();
        byte[] bytes = new byte[1 << 16];
        IntBuffer ints = ByteBuffer.wrap(bytes).asIntBuffer();
        for (int i = 0; i < SLOTS; i += ints.capacity()) {
            int n = Math.min(ints.capacity(), SLOTS - i);
            in.readFully(bytes, 0, n * Integer.BYTES);
            ints.clear();
            ints.get(df.counts, i, n);
        }
        if (df.documents < 0) {
            throw new IOException("negative document count");
        }
        return df;
    }
}
