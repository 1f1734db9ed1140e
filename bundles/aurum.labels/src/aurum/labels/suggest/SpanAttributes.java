package aurum.labels.suggest;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import aurum.core.model.AttributeType;
import aurum.core.model.AttributeValue;
import aurum.core.model.LabelDefinition;

/**
 * Turns a suggestion's plain attribute values into typed span attributes. A string becomes an enumeration
 * value when the label's schema declares the attribute as {@code ENUM}, since JSON cannot tell them apart.
 */
final class SpanAttributes {

    private SpanAttributes() {
    }

    static Map<String, AttributeValue> of(Map<String, Object> plain, LabelDefinition label) {
        Map<String, AttributeValue> typed = new TreeMap<>();
        plain.forEach((name, value) -> typed.put(name, switch (value) {
            case BigDecimal number -> AttributeValue.ofNumber(number);
            case Boolean bool -> AttributeValue.ofBoolean(bool);
            default -> isEnum(label, name) && !value.toString().isBlank() ? AttributeValue.ofEnum(value.toString())
                    : AttributeValue.ofString(value.toString());
        }));
        return typed;
    }

    private static boolean isEnum(LabelDefinition label, String name) {
        return label.attribute(name).map(a -> a.type() == AttributeType.ENUM).orElse(false);
    }
}
