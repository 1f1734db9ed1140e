package aurum.core.internal.columns;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * An open-addressing hash index from a key to a row number, for looking spans up by id. The keys
 * themselves stay in the caller's columns; the index keeps only one int per slot (about 5–8 bytes
 * per row at its load factor) where a {@code HashMap<String, Integer>} would keep ~50 bytes of
 * objects per entry. Removal shifts entries back instead of leaving tombstones.
 */
public final class RowHashIndex {

    private static final int EMPTY = -1;

    private final IntUnaryOperator hashOfRow;
    private int[] slots = newSlots(16);
    private int size;

    /** {@code hashOfRow} gives the key hash of a stored row; it must agree with hashes passed in. */
    public RowHashIndex(IntUnaryOperator hashOfRow) {
        this.hashOfRow = hashOfRow;
    }

    /** Returns the row whose key has {@code hash} and satisfies {@code matches}, or -1. */
    public int find(int hash, IntPredicate matches) {
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; slots[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (matches.test(slots[slot])) {
                return slots[slot];
            }
        }
        return -1;
    }

    /** Adds {@code row}, whose key must not be present yet. */
    public void add(int row) {
        if ((size + 1) * 4L > slots.length * 3L) {
            rehash(slots.length * 2);
        }
        place(slots, row);
        size++;
    }

    /** Removes {@code row}, which must be present. */
    public void remove(int row) {
        int mask = slots.length - 1;
        int slot = spread(hashOfRow.applyAsInt(row)) & mask;
        while (slots[slot] != row) {
            if (slots[slot] == EMPTY) {
                throw new IllegalStateException("row " + row + " is not in the index");
            }
            slot = (slot + 1) & mask;
        }
        size--;
        int hole = slot;
        for (int next = (hole + 1) & mask; slots[next] != EMPTY; next = (next + 1) & mask) {
            int home = spread(hashOfRow.applyAsInt(slots[next])) & mask;
            boolean homeBetween = hole <= next ? home > hole && home <= next : home > hole || home <= next;
            if (!homeBetween) {
                slots[hole] = slots[next];
                hole = next;
            }
        }
        slots[hole] = EMPTY;
    }

    /** Grows the table so that {@code rows} entries fit without rehashing; used by bulk loads. */
    public void reserve(int rows) {
        long needed = rows * 4L / 3 + 1;
        if (needed > slots.length) {
            rehash(Integer.highestOneBit((int) Math.min(needed, 1 << 30)) << 1);
        }
    }

    /** Makes this index hold the same rows in the same slots as {@code other}, whose rows hash alike here. */
    public void copyFrom(RowHashIndex other) {
        slots = other.slots.clone();
        size = other.size;
    }

    /** The number of rows held. */
    public int size() {
        return size;
    }

    private void rehash(int capacity) {
        int[] bigger = newSlots(capacity);
        for (int row : slots) {
            if (row != EMPTY) {
                place(bigger, row);
            }
        }
        slots = bigger;
    }

    private void place(int[] table, int row) {
        int mask = table.length - 1;
        int slot = spread(hashOfRow.applyAsInt(row)) & mask;
        while (table[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        table[slot] = row;
    }

    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ mixed >>> 16;
    }

    private static int[] newSlots(int capacity) {
        int[] table = new int[capacity];
        Arrays.fill(table, EMPTY);
        return table;
    }
}
