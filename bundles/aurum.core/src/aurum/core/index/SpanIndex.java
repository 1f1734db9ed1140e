package aurum.core.index;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Answers position questions about one layer's spans in {@code O(log n + k)}: the spans are kept as an
 * array of int handles sorted in document order (start ascending, then end descending so that an
 * enclosing span precedes the spans nested in it, then handle), plus a {@link MaxEndTree}. Together
 * that is about 6 bytes per span; boundaries are read from {@link SpanBounds}.
 *
 * <p>Overlap queries split in two: spans starting inside the range are one contiguous run of the
 * array; spans starting before it are found by the tree, which prunes subtrees ending too early
 * (worst case {@code O(k log(n/k))} for those, typically a handful of enclosing spans). A single
 * add or remove shifts the array ({@code O(n)} memory move) and the tree is patched lazily from the
 * changed position; bulk loads go through {@link #load(int[], int)}. Not thread-safe.
 */
public final class SpanIndex {

    private final SpanBounds bounds;
    private final MaxEndTree tree;
    private int[] handles = new int[8];
    private int size;

    /** Creates an empty index over spans whose boundaries {@code bounds} knows. */
    public SpanIndex(SpanBounds bounds) {
        this.bounds = bounds;
        this.tree = new MaxEndTree(position -> bounds.end(handles[position]));
    }

    /** Replaces the content with the first {@code count} handles of {@code newHandles}, sorting once. */
    public void load(int[] newHandles, int count) {
        int[] sorted = Arrays.copyOf(newHandles, Math.max(count, 8));
        IntSorter.sort(sorted, count, this::compare);
        for (int i = 1; i < count; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException("handle " + sorted[i] + " is given twice");
            }
        }
        handles = sorted;
        size = count;
        tree.invalidate(0, size);
    }

    /** Makes this index a copy of {@code other}, over bounds that answer for the same handles. */
    public void copyFrom(SpanIndex other) {
        handles = other.handles.clone();
        size = other.size;
        tree.invalidate(0, size);
    }

    /**
     * Adds a span; {@link SpanBounds} must already answer for {@code handle}.
     *
     * @throws IllegalArgumentException if the handle is already in the index
     */
    public void add(int handle) {
        int position = search(bounds.start(handle), bounds.end(handle), handle);
        if (position >= 0) {
            throw new IllegalArgumentException("handle " + handle + " is already in the index");
        }
        position = -position - 1;
        if (size == handles.length) {
            handles = Arrays.copyOf(handles, size + (size >> 1) + 1);
        }
        System.arraycopy(handles, position, handles, position + 1, size - position);
        handles[position] = handle;
        size++;
        tree.invalidate(position, size);
    }

    /**
     * Removes a span; {@link SpanBounds} must still give the boundaries it had when it was added.
     *
     * @throws IllegalArgumentException if the handle is not in the index at those boundaries
     */
    public void remove(int handle) {
        int position = positionOf(handle);
        if (position < 0) {
            throw new IllegalArgumentException("handle " + handle + " is not in the index at ["
                    + bounds.start(handle) + ", " + bounds.end(handle) + ")");
        }
        System.arraycopy(handles, position + 1, handles, position, size - position - 1);
        size--;
        tree.invalidate(position, size);
    }

    /** The number of spans. */
    public int size() {
        return size;
    }

    /** The handle at {@code position} in document order, {@code 0 <= position < size()}. */
    public int handleAt(int position) {
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException("position " + position + " outside 0.." + (size - 1));
        }
        return handles[position];
    }

    /** The position of {@code handle} in document order, or -1 if it is not in the index. */
    public int positionOf(int handle) {
        int position = search(bounds.start(handle), bounds.end(handle), handle);
        return Math.max(position, -1);
    }

    /** Reports, in document order, the handles of spans overlapping {@code [start, end)}. */
    public void forEachOverlapping(int start, int end, IntConsumer handleSink) {
        if (start > end) {
            throw new IllegalArgumentException("range start " + start + " is after its end " + end);
        }
        if (start == end) {
            return;
        }
        int firstInside = firstStartingAtOrAfter(start);
        tree.forEachEndingAfter(firstInside, start, position -> handleSink.accept(handles[position]));
        int limit = firstStartingAtOrAfter(end);
        for (int position = firstInside; position < limit; position++) {
            handleSink.accept(handles[position]);
        }
    }

    /** Reports, in document order, the handles of spans covering the character at {@code offset}. */
    public void forEachContaining(int offset, IntConsumer handleSink) {
        int limit = firstStartingAtOrAfter(offset + 1);
        tree.forEachEndingAfter(limit, offset, position -> handleSink.accept(handles[position]));
    }

    /** The position of the first span starting after {@code offset}, or -1; where "next span" jumps to. */
    public int nextPosition(int offset) {
        int position = firstStartingAtOrAfter(offset + 1);
        return position < size ? position : -1;
    }

    /** The position of the last span starting before {@code offset}, or -1; where "previous span" jumps to. */
    public int previousPosition(int offset) {
        return firstStartingAtOrAfter(offset) - 1;
    }

    /** The first position whose span starts at or after {@code offset} ({@code size()} if none). */
    public int firstStartingAtOrAfter(int offset) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (bounds.start(handles[middle]) < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int search(int start, int end, int handle) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = compare(handles[middle], start, end, handle);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }

    private int compare(int left, int right) {
        return compare(left, bounds.start(right), bounds.end(right), right);
    }

    private int compare(int handle, int start, int end, int other) {
        int order = Integer.compare(bounds.start(handle), start);
        if (order == 0) {
            order = Integer.compare(end, bounds.end(handle));
        }
        return order == 0 ? Integer.compare(handle, other) : order;
    }
}
