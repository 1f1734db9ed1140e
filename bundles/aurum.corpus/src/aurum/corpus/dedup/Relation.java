package aurum.corpus.dedup;

/** How strongly two documents overlap; thresholds in {@link DedupSettings}. */
public enum Relation {
    /** The same text for annotation purposes: annotate one, skip or link the other. */
    NEAR_DUPLICATE,
    /** Substantial shared passages: keep together when splitting train and test sets. */
    RELATED
}
