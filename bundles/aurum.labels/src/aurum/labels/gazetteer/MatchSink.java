package aurum.labels.gazetteer;

/**
 * Receives matches as a scan finds them, so that hot loops can consume matches without allocating a
 * {@link Match} for each.
 *
 * @param <P> the payload type of the gazetteer
 */
@FunctionalInterface
public interface MatchSink<P> {

    /**
     * Called once per matching entry, in order of {@code end} ({@link MatchMode#ALL}) or of {@code start}
     * ({@link MatchMode#LEFTMOST_LONGEST}).
     *
     * @param start   UTF-16 index of the first matched character
     * @param end     UTF-16 index after the match
     * @param payload the payload given with the entry
     */
    void match(int start, int end, P payload);
}
