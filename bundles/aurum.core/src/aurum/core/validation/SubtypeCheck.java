package aurum.core.validation;

import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.LabelSet;
import aurum.core.model.Span;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Finds spans that give their sub-type as an attribute ({@code WEAPON} with {@code topic=SPACE}) where the
 * label set has the child label for it ({@code WEAPON.SPACE}). Sub-types are child labels (docs/LABELS.md);
 * the attribute form exports as the parent label, so the same phrase would reach training data under two
 * labels.
 */
final class SubtypeCheck implements SpanCheck {

    private final LabelSet labelSet;

    SubtypeCheck(LabelSet labelSet) {
        this.labelSet = labelSet;
    }

    @Override
    public void check(Document document, Span span, Consumer<Problem> problems) {
        for (Map.Entry<String, AttributeValue> attribute : span.attributes().entrySet()) {
            String named = switch (attribute.getValue()) {
                case AttributeValue.EnumValue e -> e.value();
                case AttributeValue.StringValue t -> t.value();
                default -> null;
            };
            if (named != null) {
                String child = span.labelId() + "." + named;
                if (labelSet.label(child).map(l -> Objects.equals(l.parentId(), span.labelId())).orElse(false)) {
                    problems.accept(Problem.of(Severity.WARNING, ProblemCode.SUBTYPE_AS_ATTRIBUTE, document.id(),
                            span.start(), span.id(), "span '" + span.id() + "' (" + span.labelId() + ") gives its"
                                    + " sub-type as " + attribute.getKey() + "=" + named + "; sub-types are"
                                    + " child labels: relabel it " + child + ", or move every such span with"
                                    + " 'aurum labels subtypes " + span.labelId() + " " + attribute.getKey() + "'"));
                }
            }
        }
    }
}
