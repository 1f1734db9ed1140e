package aurum.export;

/** What token formats do with a span whose start or end falls inside a token. Every case is reported. */
public enum BoundaryPolicy {
    /** Grow the span to the edges of the tokens it touches. The default. */
    EXPAND,
    /** Cut the token at the span edge, so the span keeps its exact characters. */
    SPLIT,
    /** Leave the span out. */
    DROP
}
