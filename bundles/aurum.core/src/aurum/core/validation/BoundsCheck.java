package aurum.core.validation;

import aurum.core.model.Document;
import aurum.core.model.Span;
import aurum.core.text.SurrogatePairs;
import java.util.function.Consumer;

/**
 * Finds spans that do not fit their text: past its end, or cutting a character outside the BMP in
 * half. Imported annotations made against another version of a text end up like this; the other
 * checks need a span that fits, so the validator skips them for spans failing this one.
 */
final class BoundsCheck implements SpanCheck {

    /** Tells whether the span lies inside the text; the other checks run only then. */
    static boolean fits(Document document, Span span) {
        return span.end() <= document.length();
    }

    @Override
    public void check(Document document, Span span, Consumer<Problem> problems) {
        String text = document.text();
        if (!fits(document, span)) {
            problems.accept(Problem.of(Severity.ERROR, ProblemCode.SPAN_OUT_OF_BOUNDS, document.id(),
                    span.start(), span.id(), "span '" + span.id() + "' [" + span.start() + ", " + span.end()
                            + ") ends beyond the end of the text (length " + text.length()
                            + "); it was probably made against another version of the text: fix its offsets or delete it"));
            return;
        }
        for (int boundary : new int[] {span.start(), span.end()}) {
            if (SurrogatePairs.splitsPair(text, boundary)) {
                problems.accept(Problem.of(Severity.ERROR, ProblemCode.SPLIT_SURROGATE_PAIR, document.id(),
                        boundary, span.id(), "span '" + span.id() + "' has a boundary inside "
                                + SurrogatePairs.describe(text.codePointAt(boundary - 1)) + "; move it to offset "
                                + (boundary - 1) + " or " + (boundary + 1)));
            }
        }
    }
}
