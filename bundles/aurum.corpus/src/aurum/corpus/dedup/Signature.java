package aurum.corpus.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * The MinHash signature of one document: for each of {@link DedupSettings#hashCount} bins, the smallest
 * hash of the document's shingles that fall in it (see {@link MinHasher}). A corpus does not store
 * signatures: they are computed from the texts whenever its clusters are (import, opening an old
 * corpus); {@link #toBase64} is for tools that keep them. A document without words has the empty
 * signature, which is similar to nothing.
 */
public record Signature(int[] values) {

    /** Marks a position of a signature that saw no shingle. */
    static final int NONE = Integer.MAX_VALUE;

    public Signature {
        values = values.clone();
    }

    @Override
    public int[] values() {
        return values.clone();
    }

    /** Whether the document had no words at all. */
    public boolean isEmpty() {
        return values.length > 0 && values[0] == NONE && Arrays.stream(values).allMatch(v -> v == NONE);
    }

    /** Estimated Jaccard similarity of the two shingle sets: the share of agreeing positions. */
    public double similarity(Signature other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("signatures of different settings");
        }
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                same++;
            }
        }
        return (double) same / values.length;
    }

    /** Big-endian ints in standard Base64 (684 characters for 128 values), for text storage. */
    public String toBase64() {
        ByteBuffer buf = ByteBuffer.allocate(values.length * Integer.BYTES);
        buf.asIntBuffer().put(values);
        return Base64.getEncoder().encodeToString(buf.array());
    }

    /** Reads what {@link #toBase64()} wrote. */
    public static Signature fromBase64(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length % Integer.BYTES != 0) {
            throw new IllegalArgumentException("not a signature: " + bytes.length + " bytes");
        }
        int[] values = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return new Signature(values);
    }

    int at(int i) {
        return values[i];
    }

    int length() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Signature[" + values.length + " values]";
    }
}
