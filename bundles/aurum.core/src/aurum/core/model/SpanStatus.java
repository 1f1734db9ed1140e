package aurum.core.model;

/** Where a span came from and what a human decided about it; recognisers only ever make suggestions. */
public enum SpanStatus {
    /** Drawn by a person. */
    MANUAL,
    /** Proposed by a recogniser and not reviewed yet. */
    SUGGESTED,
    /** A suggestion a person confirmed. */
    ACCEPTED,
    /** A suggestion a person turned down; kept so it is not proposed again. */
    REJECTED;

    /**
     * Whether a span with this status is an annotation of the text: drawn by a person or a suggestion a
     * person accepted. Open and rejected suggestions are not; agreement, curation and export leave them out.
     */
    public boolean isAnnotation() {
        return this == MANUAL || this == ACCEPTED;
    }
}
