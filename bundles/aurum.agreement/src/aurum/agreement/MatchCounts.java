package aurum.agreement;

/**
 * Span-level match counts summed over annotator pairs, one annotator of each pair taken as the
 * reference (the earlier one in the annotator order). Strict: same offsets and same label. Lenient:
 * overlapping by at least one character, same label. F1 is symmetric in the two annotators of a pair;
 * precision and recall swap when the order does.
 *
 * @param reference spans of the reference annotators
 * @param other spans of the compared annotators
 * @param strictMatches spans with an identical span (offsets and label) on the other side
 * @param lenientOtherMatched compared spans overlapping a reference span of the same label
 * @param lenientReferenceMatched reference spans overlapping a compared span of the same label
 */
public record MatchCounts(long reference, long other, long strictMatches, long lenientOtherMatched,
        long lenientReferenceMatched) {

    /** No spans at all. */
    public static final MatchCounts ZERO = new MatchCounts(0, 0, 0, 0, 0);

    /** The sum of both counts. */
    public MatchCounts plus(MatchCounts o) {
        return new MatchCounts(reference + o.reference, other + o.other, strictMatches + o.strictMatches,
                lenientOtherMatched + o.lenientOtherMatched, lenientReferenceMatched + o.lenientReferenceMatched);
    }

    /** Strict precision: identical spans / compared spans; NaN without compared spans. */
    public double strictPrecision() {
        return ratio(strictMatches, other);
    }

    /** Strict recall: identical spans / reference spans. */
    public double strictRecall() {
        return ratio(strictMatches, reference);
    }

    /** Strict F1, 2PR/(P+R), equal to 2·matches / (reference + other). */
    public double strictF1() {
        return ratio(2 * strictMatches, reference + other);
    }

    /** Lenient precision: compared spans that overlap a reference span of their label. */
    public double lenientPrecision() {
        return ratio(lenientOtherMatched, other);
    }

    /** Lenient recall: reference spans that overlap a compared span of their label. */
    public double lenientRecall() {
        return ratio(lenientReferenceMatched, reference);
    }

    /** Lenient F1, the harmonic mean of lenient precision and recall. */
    public double lenientF1() {
        double p = lenientPrecision();
        double r = lenientRecall();
        if (Double.isNaN(p) || Double.isNaN(r)) {
            return Double.NaN;
        }
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : numerator / (double) denominator;
    }
}
