package aurum.corpus.internal.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Turns a few distinct byte strings (owner keys, layer states, label ids) into shared objects without
 * building a {@code String} for every occurrence: listing 100k documents meets the same dozen labels
 * hundreds of thousands of times, and allocating each one again is what made listing slow (most of its
 * time went to the garbage collector). An open-addressing table compares the bytes in place. One
 * instance serves one listing, so it holds only the distinct values of that listing.
 *
 * @param <T> what the bytes decode to
 */
final class InternedBytes<T> {

    private final Function<String, T> decode;
    private byte[][] keys = new byte[32][];
    private Object[] values = new Object[32];
    private int size;

    /** @param decode makes the shared value from the UTF-8 text, once per distinct byte string */
    InternedBytes(Function<String, T> decode) {
        this.decode = decode;
    }

    /** The value of {@code bytes[from, to)}. */
    @SuppressWarnings("unchecked")
    T get(byte[] bytes, int from, int to) {
        int mask = keys.length - 1;
        for (int slot = hash(bytes, from, to) & mask;; slot = (slot + 1) & mask) {
            byte[] key = keys[slot];
            if (key == null) {
                return add(slot, Arrays.copyOfRange(bytes, from, to));
            }
            if (Arrays.equals(key, 0, key.length, bytes, from, to)) {
                return (T) values[slot];
            }
        }
    }

    private T add(int slot, byte[] key) {
        T value = decode.apply(new String(key, StandardCharsets.UTF_8));
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return value;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        Object[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = hash(oldKeys[i], 0, oldKeys[i].length) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        return h ^ (h >>> 16);
    }
}
