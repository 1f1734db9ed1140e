package aurum.export;

/**
 * A span as exported: {@code [start, end)} in UTF-16 units of {@link ExportDocument#text()}, with the
 * output label (after mapping).
 */
public record ExportSpan(int start, int end, String label) {

    /** Checks the range. */
    public ExportSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span range [" + start + ", " + end + ")");
        }
    }

    /** Tells whether the two spans share at least one character. */
    public boolean overlaps(ExportSpan other) {
        return start < other.end && other.start < end;
    }

    /** Length in UTF-16 units. */
    public int length() {
        return end - start;
    }
}
