package aurum.core.index;

/**
 * Sorts an int array by a caller-supplied order without boxing, so that loading a million spans does
 * not allocate a million {@code Integer}s. A bottom-up merge sort: stable, O(n log n).
 */
final class IntSorter {

    /** Compares two ints by the order they should be sorted in. */
    @FunctionalInterface
    interface IntOrder {
        int compare(int left, int right);
    }

    private IntSorter() {
    }

    static void sort(int[] values, int length, IntOrder order) {
        int[] source = values;
        int[] target = new int[length];
        for (int width = 1; width < length; width *= 2) {
            for (int from = 0; from < length; from += 2 * width) {
                int middle = Math.min(from + width, length);
                int to = Math.min(from + 2 * width, length);
                merge(source, target, from, middle, to, order);
            }
            int[] swap = source;
            source = target;
            target = swap;
        }
        if (source != values) {
            System.arraycopy(source, 0, values, 0, length);
        }
    }

    private static void merge(int[] source, int[] target, int from, int middle, int to, IntOrder order) {
        int left = from;
        int right = middle;
        for (int out = from; out < to; out++) {
            if (right >= to || left < middle && order.compare(source[left], source[right]) <= 0) {
                target[out] = source[left++];
            } else {
                target[out] = source[right++];
            }
        }
    }
}
