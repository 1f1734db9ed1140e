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
    REJECTED
}
