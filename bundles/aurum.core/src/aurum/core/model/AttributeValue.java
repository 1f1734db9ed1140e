package aurum.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A typed attribute value on a span. A closed set of records so that exporters and validators can
 * switch over every kind exhaustively and the compiler tells them when a kind is added.
 */
public sealed interface AttributeValue {

    /** The type this value has, to compare against a label's attribute schema. */
    AttributeType type();

    /** Creates a text value. */
    static StringValue ofString(String value) {
        return new StringValue(value);
    }

    /** Creates a number value. */
    static NumberValue ofNumber(BigDecimal value) {
        return new NumberValue(value);
    }

    /** Creates a number value from an integer. */
    static NumberValue ofNumber(long value) {
        return new NumberValue(BigDecimal.valueOf(value));
    }

    /** Creates an enumeration value; whether it is allowed depends on the label's schema. */
    static EnumValue ofEnum(String value) {
        return new EnumValue(value);
    }

    /** Creates a boolean value. */
    static BooleanValue ofBoolean(boolean value) {
        return new BooleanValue(value);
    }

    /** A text value. */
    record StringValue(String value) implements AttributeValue {
        /** Rejects {@code null}. */
        public StringValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public AttributeType type() {
            return AttributeType.STRING;
        }
    }

    /**
     * An exact decimal. Trailing zeros are stripped so that {@code 1.50} and {@code 1.5} are the same
     * value when spans are compared for duplicates or agreement.
     */
    record NumberValue(BigDecimal value) implements AttributeValue {
        /** Rejects {@code null} and normalises the scale. */
        public NumberValue {
            Objects.requireNonNull(value, "value");
            value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }

        @Override
        public AttributeType type() {
            return AttributeType.NUMBER;
        }
    }

    /** A value chosen from a label schema's list. */
    record EnumValue(String value) implements AttributeValue {
        /** Rejects {@code null} and blank values. */
        public EnumValue {
            Objects.requireNonNull(value, "value");
            if (value.isBlank()) {
                throw new IllegalArgumentException("an enumeration value must not be blank");
            }
        }

        @Override
        public AttributeType type() {
            return AttributeType.ENUM;
        }
    }

    /** A yes/no value. */
    record BooleanValue(boolean value) implements AttributeValue {
        @Override
        public AttributeType type() {
            return AttributeType.BOOLEAN;
        }
    }
}
