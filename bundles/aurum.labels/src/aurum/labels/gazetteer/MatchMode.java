package aurum.labels.gazetteer;

/** Which of the overlapping dictionary matches a scan reports. */
public enum MatchMode {
    /** Every occurrence of every entry, including nested and overlapping ones; for indexing and statistics. */
    ALL,
    /**
     * Non-overlapping matches chosen from left to right, preferring at each point the match that starts
     * first and, among those, the longest; what a human tagging the text would pick.
     */
    LEFTMOST_LONGEST
}
