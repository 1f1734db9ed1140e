package aurum.core.index;

import java.util.Arrays;

/** Span boundaries held in two arrays by handle, standing in for a layer's columns in index tests. */
final class ArrayBounds implements SpanBounds {

    int[] starts = new int[16];
    int[] ends = new int[16];

    void set(int handle, int start, int end) {
        if (handle >= starts.length) {
            starts = Arrays.copyOf(starts, handle * 2 + 1);
            ends = Arrays.copyOf(ends, handle * 2 + 1);
        }
        starts[handle] = start;
        ends[handle] = end;
    }

    @Override
    public int start(int handle) {
        return starts[handle];
    }

    @Override
    public int end(int handle) {
        return ends[handle];
    }
}
