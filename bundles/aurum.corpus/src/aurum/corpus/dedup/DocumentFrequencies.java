package aurum.corpus.dedup;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * In how many documents each content term occurs, for the IDF of {@link KeyTerms}: exact counts in an
 * open-addressing table of term hash and count side by side (one cache miss per lookup; a boxed map of a
 * 100k-document corpus's ten million terms, most of them word pairs seen once, would need several times
 * the memory). A term counted in one document only is the document's own and can relate it to nothing,
 * which {@link KeyTerms} must know exactly: a fixed-size sketch whose counters several terms share would
 * make most of those terms look shared on a large corpus.
 *
 * <p>{@link #write} keeps the terms of two or more documents only: a document added later that has a
 * term counted once before weighs it as new to the corpus, and since that term was no key of the earlier
 * document (it was its own then), no pair is lost; the file is a fraction of the table. Not thread-safe
 * for adding; {@link #get} may be called from several threads once adding is done.
 */
public final class DocumentFrequencies {

    private static final int FREE = 0;

    /** Term and count side by side ({@code [2i]} term, {@code [2i + 1]} count). */
    private int[] table;
    /** The count of term 0, which marks free slots. */
    private int zeroCount;
    private int size;
    private long documents;

    /** An empty table. */
    public DocumentFrequencies() {
        this(1 << 16);
    }

    private DocumentFrequencies(int expected) {
        table = new int[Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 2];
    }

    /** Counts the terms of one document. */
    public void add(ContentTerms.Counts terms) {
        for (int term : terms.terms()) {
            increment(term, 1);
        }
        documents++;
    }

    private void increment(int term, int by) {
        if (term == FREE) {
            zeroCount += by;
            return;
        }
        int slot = slot(term);
        if (table[slot] == FREE) {
            table[slot] = term;
            table[slot + 1] = by;
            if (++size * 4 > table.length) { // more than half the slots used
                grow();
            }
            return;
        }
        table[slot + 1] += by;
    }

    /** How many documents counted so far have {@code term}; 0 if none. */
    public int get(int term) {
        if (term == FREE) {
            return zeroCount;
        }
        int slot = slot(term);
        return table[slot] == FREE ? 0 : table[slot + 1];
    }

    /** How many documents were counted. */
    public long documents() {
        return documents;
    }

    /** How many distinct terms are counted. */
    public int terms() {
        return size + (zeroCount > 0 ? 1 : 0);
    }

    /** The index of {@code term}'s slot, or of the free slot where it would go. */
    private int slot(int term) {
        int mask = (table.length >> 1) - 1;
        int slot = (term * 0x9E3779B9 >>> 7) & mask; // terms are hashes already; spread the low bits anyway
        while (table[slot << 1] != FREE && table[slot << 1] != term) {
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

    /**
     * Writes the document count and the terms counted in two or more documents (big-endian):
     * {@code long documents, int n, n * (int term, int count)}.
     */
    public void write(DataOutput out) throws IOException {
        int shared = zeroCount >= 2 ? 1 : 0;
        for (int i = 0; i < table.length; i += 2) {
            shared += table[i] != FREE && table[i + 1] >= 2 ? 1 : 0;
        }
        out.writeLong(documents);
        out.writeInt(shared);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        if (zeroCount >= 2) {
            buffer.putInt(FREE).putInt(zeroCount);
        }
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != FREE && table[i + 1] >= 2) {
                if (!buffer.hasRemaining()) {
                    out.write(buffer.array(), 0, buffer.position());
                    buffer.clear();
                }
                buffer.putInt(table[i]).putInt(table[i + 1]);
            }
        }
        out.write(buffer.array(), 0, buffer.position());
    }

    /** Reads what {@link #write} wrote. */
    public static DocumentFrequencies read(DataInput in) throws IOException {
        long documents = in.readLong();
        int n = in.readInt();
        if (documents < 0 || n < 0) {
            throw new IOException("negative counts");
        }
        DocumentFrequencies df = new DocumentFrequencies(Math.max(n, 1 << 16));
        df.documents = documents;
        for (int i = 0; i < n; i++) {
            int term = in.readInt();
            int count = in.readInt();
            if (count < 2) {
                throw new IOException("a stored count below 2");
            }
            df.increment(term, count);
        }
        return df;
    }
}
