package aurum.labels.suggest;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeType;
import aurum.core.model.AttributeValue;
import aurum.core.model.LabelDefinition;

/**
 * Turns a suggestion's plain attribute values into the typed attributes of a span, keeping only what the
 * label's schema declares with a fitting value, so that an accepted suggestion validates cleanly: a
 * recognizer's own bookkeeping or a value of the wrong type never becomes an annotation attribute. A
 * string becomes an enumeration value where the schema says {@code ENUM}, since JSON cannot tell them apart.
 */
final class SpanAttributes {

    /**
     * @param values  the attributes the span gets
     * @param leftOut how many of the suggestion's values were left out
     */
    record Typed(Map<String, AttributeValue> values, int leftOut) {
    }

    private SpanAttributes() {
    }

    static Typed of(Map<String, Object> plain, LabelDefinition label) {
        Map<String, AttributeValue> typed = new TreeMap<>();
        int leftOut = 0;
        for (Map.Entry<String, Object> entry : plain.entrySet()) {
            Optional<AttributeValue> value = label.attribute(entry.getKey()).flatMap(d -> typed(d, entry.getValue()));
            if (value.isPresent()) {
                typed.put(entry.getKey(), value.get());
            } else {
                leftOut++;
            }
        }
        return new Typed(typed, leftOut);
    }

    private static Optional<AttributeValue> typed(AttributeDefinition definition, Object value) {
        AttributeType type = definition.type();
        return Optional.ofNullable(switch (value) {
            case BigDecimal number when type == AttributeType.NUMBER -> AttributeValue.ofNumber(number);
            case Boolean bool when type == AttributeType.BOOLEAN -> AttributeValue.ofBoolean(bool);
            case String text when type == AttributeType.STRING -> AttributeValue.ofString(text);
            case String text when type == AttributeType.ENUM && definition.allowedValues().contains(text) ->
                AttributeValue.ofEnum(text);
            default -> null;
        });
    }
}
