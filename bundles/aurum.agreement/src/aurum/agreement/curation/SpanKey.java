package aurum.agreement.curation;

import aurum.core.model.Span;

/** What two annotators must share for a span to count as the same: offsets and label. */
record SpanKey(int start, int end, String label) {

    static SpanKey of(Span span) {
        return new SpanKey(span.start(), span.end(), span.labelId());
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
