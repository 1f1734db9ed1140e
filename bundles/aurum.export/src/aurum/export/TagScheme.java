package aurum.export;

/** How token formats mark where a span starts, continues and ends. */
public enum TagScheme {
    /** {@code I-X} inside every span; {@code B-X} only on a span that directly follows another {@code X}. */
    IOB1,
    /** {@code B-X} on the first token, {@code I-X} on the rest. The default. */
    IOB2,
    /** {@code U-X} for one-token spans, else {@code B-X}, {@code I-X}…, {@code L-X}. */
    BILOU
}
