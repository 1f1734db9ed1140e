package aurum.export;

/**
 * What flat formats (one label per token) do with spans that overlap or nest. Every span left out is
 * listed in the report.
 */
public enum OverlapPolicy {
    /** Stop the export at the first overlap, naming the document and both spans. The default. */
    FAIL,
    /** Keep the longest span of each overlapping group (the earliest when equally long). */
    KEEP_LONGEST,
    /** Keep the span that starts first (the longest of those starting together). */
    KEEP_FIRST,
    /**
     * Write one export per label under {@code by-label/<label>/}; overlaps between different labels are
     * kept that way, overlaps within one label are resolved as {@link #KEEP_LONGEST}.
     */
    ONE_FILE_PER_LABEL
}
