package aurum.core.index;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;

/**
 * The largest span end below each node of an implicit balanced tree laid over the start-sorted
 * positions, which lets a stabbing query skip every subtree whose spans all end too early. Position
 * {@code i} is a node at the level given by its number of trailing one bits; even positions are
 * leaves whose maximum is their own end, so only odd positions need storage (half an int per span).
 * After a mutation only nodes covering positions at or after the first changed one are recomputed,
 * and only when the next query needs them.
 */
final class MaxEndTree {

    private final IntUnaryOperator endAt;
    private int[] maxOfOdd = new int[0];
    private int size;
    private int dirtyFrom;

    /** {@code endAt} gives the end of the span at a sorted position. */
    MaxEndTree(IntUnaryOperator endAt) {
        this.endAt = endAt;
    }

    /** Records that positions from {@code position} on have changed and the count is now {@code newSize}. */
    void invalidate(int position, int newSize) {
        dirtyFrom = Math.min(dirtyFrom, position);
        size = newSize;
    }

    /** Reports, in ascending order, the positions below {@code limit} whose span ends after {@code offset}. */
    void forEachEndingAfter(int limit, int offset, IntConsumer positions) {
        if (size == 0 || limit <= 0) {
            return;
        }
        refresh();
        int level = rootLevel(size);
        visit((1 << level) - 1, level, limit, offset, positions);
    }

    private void visit(int node, int level, int limit, int offset, IntConsumer positions) {
        if (node - (1 << level) + 1 >= limit) {
            return;
        }
        int half = level == 0 ? 0 : 1 << (level - 1);
        if (node >= size) {
            if (level > 0) {
                visit(node - half, level - 1, limit, offset, positions);
            }
            return;
        }
        if (maxEnd(node, level) <= offset) {
            return;
        }
        if (level > 0) {
            visit(node - half, level - 1, limit, offset, positions);
        }
        if (node < limit && endAt.applyAsInt(node) > offset) {
            positions.accept(node);
        }
        if (level > 0 && node + 1 < limit) {
            visit(node + half, level - 1, limit, offset, positions);
        }
    }

    private void refresh() {
        if (dirtyFrom >= size) {
            dirtyFrom = Integer.MAX_VALUE;
            return;
        }
        if (maxOfOdd.length < size / 2 + 1) {
            maxOfOdd = Arrays.copyOf(maxOfOdd, Math.max(size / 2 + 1, maxOfOdd.length * 3 / 2));
        }
        int top = rootLevel(size);
        for (int level = 1; level <= top; level++) {
            int span = 1 << level;
            int first = span - 1;
            int half = span >> 1;
            int lowest = dirtyFrom - span + 1;
            int node = lowest <= first ? first : first + ceilDiv(lowest - first, 2 * span) * 2 * span;
            for (; node < size; node += 2 * span) {
                int max = Math.max(endAt.applyAsInt(node), maxEnd(node - half, level - 1));
                int right = node + half;
                max = Math.max(max, right < size ? maxEnd(right, level - 1) : clippedMax(right, level - 1));
                maxOfOdd[node >> 1] = max;
            }
        }
        dirtyFrom = Integer.MAX_VALUE;
    }

    /** A node past the end covers the same existing positions as its left child. */
    private int clippedMax(int node, int level) {
        while (node >= size) {
            if (level == 0) {
                return Integer.MIN_VALUE;
            }
            node -= 1 << (level - 1);
            level--;
        }
        return maxEnd(node, level);
    }

    private int maxEnd(int node, int level) {
        return level == 0 ? endAt.applyAsInt(node) : maxOfOdd[node >> 1];
    }

    private static int rootLevel(int size) {
        return 31 - Integer.numberOfLeadingZeros(size);
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
