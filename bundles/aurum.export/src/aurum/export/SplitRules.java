package aurum.export;

/**
 * How splits treat groups of alike documents, beyond the shares of {@link SplitSpec}. Near-duplicate
 * clusters ({@code clusters.json}) always stay inside one split. Related documents (other write-ups of
 * the same story) are kept together only when asked, and then in groups of at most
 * {@link #keepRelatedUpTo} documents: related pairs are joined strongest first, and a pair that would make
 * a group larger than that is left apart, so one topic can never pull a whole corpus into train. See
 * {@code docs/EXPORT.md}.
 *
 * @param keepRelatedUpTo 0 to split related documents freely; otherwise the largest group of related
 *        documents kept in one split
 * @param allowUneven whether to export anyway when the groups make a split's share miss the requested one
 *        by more than {@link #TOLERANCE} (the achieved shares are then reported); by default such an export
 *        fails before writing anything
 */
public record SplitRules(int keepRelatedUpTo, boolean allowUneven) {

    /** Near-duplicates together, related documents free, uneven splits refused. */
    public static final SplitRules DEFAULT = new SplitRules(0, false);

    /** How far, as a share of documents, a split may miss its requested share: 5 percentage points. */
    public static final double TOLERANCE = 0.05;

    public SplitRules {
        if (keepRelatedUpTo < 0 || keepRelatedUpTo == 1) {
            throw new IllegalArgumentException("keep related documents in groups of at least 2 documents, or 0 for not at all: "
                    + keepRelatedUpTo);
        }
    }

    /** Whether related documents are grouped. */
    public boolean keepsRelated() {
        return keepRelatedUpTo > 0;
    }
}
