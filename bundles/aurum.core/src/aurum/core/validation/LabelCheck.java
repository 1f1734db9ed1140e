package aurum.core.validation;

import aurum.core.model.Document;
import aurum.core.model.LabelSet;
import aurum.core.model.Span;
import java.util.function.Consumer;

/** Finds spans whose label the corpus's label set does not define, e.g. after a label was removed. */
final class LabelCheck implements SpanCheck {

    private final LabelSet labelSet;

    LabelCheck(LabelSet labelSet) {
        this.labelSet = labelSet;
    }

    @Override
    public void check(Document document, Span span, Consumer<Problem> problems) {
        if (!labelSet.contains(span.labelId())) {
            problems.accept(Problem.of(Severity.ERROR, ProblemCode.UNKNOWN_LABEL, document.id(), span.start(),
                    span.id(), "span '" + span.id() + "' has label '" + span.labelId() + "', which label set "
                            + labelSet.ref() + " does not define; relabel the span or add the label to the label set"));
        }
    }
}
