package aurum.labels.gazetteer;

/**
 * One occurrence of a dictionary entry in a text, as returned by {@link Gazetteer#find}.
 *
 * @param start   UTF-16 index of the first matched character
 * @param end     UTF-16 index after the match (exclusive)
 * @param payload the payload stored with the entry
 * @param <P>     the payload type
 */
public record Match<P>(int start, int end, P payload) {
}
