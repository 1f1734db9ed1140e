package aurum.agreement.curation;

/** What the annotators who marked something in a disagreement region disagree about. */
public enum DisagreementKind {
    /** Same offsets, different labels. */
    LABEL,
    /** Same labels, different offsets. */
    BOUNDARY,
    /** Both offsets and labels differ. */
    LABEL_AND_BOUNDARY,
    /** Those who marked the region agree, but other annotators marked nothing there. */
    PRESENCE
}
