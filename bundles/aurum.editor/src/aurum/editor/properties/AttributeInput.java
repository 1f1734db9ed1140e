package aurum.editor.properties;

import java.math.BigDecimal;
import java.util.Locale;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeValue;

/** Turns what the user typed or chose into a typed attribute value. Headless, so it is unit-testable. */
public final class AttributeInput {

    private AttributeInput() {
    }

    /**
     * The value for {@code input}, or {@code null} when the input is blank (the attribute is removed).
     *
     * @throws IllegalArgumentException with a message for the user when the input does not fit the type
     */
    public static AttributeValue parse(AttributeDefinition definition, String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return null;
        }
        return switch (definition.type()) {
        case STRING -> AttributeValue.ofString(input);
        case NUMBER -> {
            try {
                yield AttributeValue.ofNumber(new BigDecimal(text.replace('\u2212', '-')));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a number; " + definition.name()
                        + " takes a decimal such as 12.5", e);
            }
        }
        case ENUM -> {
            if (!definition.allowedValues().contains(text)) {
                throw new IllegalArgumentException("'" + text + "' is not one of " + definition.allowedValues());
            }
            yield AttributeValue.ofEnum(text);
        }
        case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
        case "true", "yes" -> AttributeValue.ofBoolean(true);
        case "false", "no" -> AttributeValue.ofBoolean(false);
        default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
        };
        };
    }
}
