package aurum.core.validation;

import aurum.core.model.Document;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates the spans of a document against its text and a label set and lists every problem found,
 * ordered by offset. Takes plain span collections as well as layers, because imported annotations
 * must be checked before they can become a layer (a layer refuses spans that do not fit the text).
 */
public final class SpanValidator {

    private final BoundsCheck bounds = new BoundsCheck();
    private final List<SpanCheck> fittingSpanChecks;

    /** Creates a validator for spans labelled from {@code labelSet}. */
    public SpanValidator(LabelSet labelSet) {
        fittingSpanChecks = List.of(new LabelCheck(labelSet), new AttributeCheck(labelSet), new SubtypeCheck(labelSet),
                new WhitespaceCheck());
    }

    /** Validates the spans of one layer of {@code layer.document()}. */
    public List<Problem> validate(Layer layer) {
        return validate(layer.document(), layer.spans());
    }

    /** Validates spans that are meant to form one layer of {@code document}. */
    public List<Problem> validate(Document document, Collection<Span> spans) {
        List<Problem> problems = new ArrayList<>();
        for (Span span : spans) {
            bounds.check(document, span, problems::add);
            if (BoundsCheck.fits(document, span)) {
                fittingSpanChecks.forEach(check -> check.check(document, span, problems::add));
            }
        }
        reportDuplicates(document, spans, problems);
        problems.sort(Comparator.comparingInt(Problem::offset));
        return problems;
    }

    private static void reportDuplicates(Document document, Collection<Span> spans, List<Problem> problems) {
        Map<List<Object>, Span> firstByKey = new HashMap<>();
        for (Span span : spans) {
            Span first = firstByKey.putIfAbsent(List.of(span.start(), span.end(), span.labelId()), span);
            if (first != null) {
                problems.add(Problem.of(Severity.ERROR, ProblemCode.DUPLICATE_SPAN, document.id(), span.start(),
                        span.id(), "span '" + span.id() + "' duplicates span '" + first.id() + "' (same range ["
                                + span.start() + ", " + span.end() + ") and label " + span.labelId()
                                + "); delete one of them"));
            }
        }
    }
}
