package aurum.core.index;

/**
 * Where the index reads the boundaries of a span from, given its handle. Letting the owner of the
 * spans answer keeps the index at a few bytes per span instead of copying every start and end.
 * The answers for a handle must not change while the handle is in the index.
 */
public interface SpanBounds {

    /** The UTF-16 start offset (inclusive) of the span with {@code handle}. */
    int start(int handle);

    /** The UTF-16 end offset (exclusive) of the span with {@code handle}; always greater than its start. */
    int end(int handle);
}
