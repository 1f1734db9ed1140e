package aurum.core.validation;

import aurum.core.model.Document;
import aurum.core.model.Span;
import aurum.core.text.SurrogatePairs;
import aurum.core.text.UnicodeWhitespace;
import java.util.function.Consumer;

/**
 * Finds spans that begin or end with whitespace or an invisible separator. Such spans usually come
 * from a sloppy double-click selection, and they make exact-match scoring fail against otherwise
 * identical spans. No-break spaces count, since news text uses them between amounts and currencies.
 */
final class WhitespaceCheck implements SpanCheck {

    @Override
    public void check(Document document, Span span, Consumer<Problem> problems) {
        String text = document.text();
        int first = span.start();
        while (first < span.end() && UnicodeWhitespace.isBlank(text.codePointAt(first))) {
            first += Character.charCount(text.codePointAt(first));
        }
        if (first == span.end()) {
            problems.accept(problem(document, span, span.start(), "covers only whitespace; delete it"));
            return;
        }
        if (first > span.start()) {
            problems.accept(problem(document, span, span.start(), "starts with "
                    + SurrogatePairs.describe(text.codePointAt(span.start())) + "; move its start to offset " + first));
        }
        int last = span.end();
        while (UnicodeWhitespace.isBlank(text.codePointBefore(last))) {
            last -= Character.charCount(text.codePointBefore(last));
        }
        if (last < span.end()) {
            problems.accept(problem(document, span, last, "ends with "
                    + SurrogatePairs.describe(text.codePointAt(last)) + "; move its end to offset " + last));
        }
    }

    private static Problem problem(Document document, Span span, int offset, String detail) {
        return Problem.of(Severity.WARNING, ProblemCode.WHITESPACE_AT_EDGE, document.id(), offset, span.id(),
                "span '" + span.id() + "' (" + span.labelId() + ") " + detail);
    }
}
