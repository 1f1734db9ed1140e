package aurum.core.validation;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeType;
import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Span;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Compares a span's attributes with its label's schema: unknown names, values of the wrong type and
 * enumeration values outside the allowed list. Relabelling keeps attributes, so this is where
 * leftovers from the old label show up.
 */
final class AttributeCheck implements SpanCheck {

    private final LabelSet labelSet;

    AttributeCheck(LabelSet labelSet) {
        this.labelSet = labelSet;
    }

    @Override
    public void check(Document document, Span span, Consumer<Problem> problems) {
        Optional<LabelDefinition> label = labelSet.label(span.labelId());
        if (label.isEmpty()) {
            return;
        }
        for (Map.Entry<String, AttributeValue> entry : span.attributes().entrySet()) {
            String name = entry.getKey();
            AttributeValue value = entry.getValue();
            Optional<AttributeDefinition> definition = label.get().attribute(name);
            String subject = "attribute '" + name + "' of span '" + span.id() + "' (" + span.labelId() + ")";
            if (definition.isEmpty()) {
                problems.accept(error(ProblemCode.UNKNOWN_ATTRIBUTE, document, span, subject
                        + " is not in the label's schema; remove it or add it to the label set"));
            } else if (definition.get().type() != value.type()) {
                problems.accept(error(ProblemCode.WRONG_ATTRIBUTE_TYPE, document, span, subject + " is a "
                        + value.type() + " but the schema says " + definition.get().type() + "; re-enter the value"));
            } else if (value.type() == AttributeType.ENUM
                    && !definition.get().allowedValues().contains(((AttributeValue.EnumValue) value).value())) {
                problems.accept(error(ProblemCode.ENUM_VALUE_NOT_ALLOWED, document, span, subject + " has value '"
                        + ((AttributeValue.EnumValue) value).value() + "'; choose one of "
                        + definition.get().allowedValues()));
            }
        }
    }

    private static Problem error(ProblemCode code, Document document, Span span, String detail) {
        return Problem.of(Severity.ERROR, code, document.id(), span.start(), span.id(), detail);
    }
}
