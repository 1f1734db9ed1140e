package aurum.agreement.curation;

import aurum.core.model.Span;
import java.util.List;
import java.util.Map;

/**
 * A region of the text where the annotators' spans differ: the union of spans that overlap one
 * another (transitively) and are not shared by every annotator.
 *
 * @param start first UTF-16 index of the region
 * @param end index after the region
 * @param kind what the disagreement is about
 * @param versions each annotator's spans in the region, in text order; an empty list for an
 *        annotator who marked nothing there. Keys in annotator order.
 * @param silent the annotators who marked nothing in the region
 * @param resolved whether the gold layer already has a decision here: a span overlapping the region
 *        other than the pre-accepted agreed ones (a rejection leaves {@code REJECTED} spans)
 */
public record Disagreement(int start, int end, DisagreementKind kind, Map<String, List<Span>> versions,
        List<String> silent, boolean resolved) {
}
