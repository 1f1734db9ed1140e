package aurum.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a label's attribute schema, e.g. the {@code currency} of a MONEY span. The validator
 * checks span attributes against it and the editor builds its attribute form from it.
 *
 * @param name the attribute name, unique within its label
 * @param type the value type
 * @param allowedValues the choices for {@link AttributeType#ENUM}; empty for every other type
 */
public record AttributeDefinition(String name, AttributeType type, List<String> allowedValues) {

    /** Checks that enumerations, and only they, have distinct non-blank choices. */
    public AttributeDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("attribute name must not be blank");
        }
        Objects.requireNonNull(type, "type of attribute '" + name + "'");
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        if (type == AttributeType.ENUM && allowedValues.isEmpty()) {
            throw new IllegalArgumentException("enumeration attribute '" + name + "' needs at least one allowed value");
        }
        if (type != AttributeType.ENUM && !allowedValues.isEmpty()) {
            throw new IllegalArgumentException("attribute '" + name + "' of type " + type
                    + " cannot have allowed values; only ENUM attributes can");
        }
        if (new HashSet<>(allowedValues).size() != allowedValues.size()) {
            throw new IllegalArgumentException("enumeration attribute '" + name + "' lists a value twice: " + allowedValues);
        }
        if (allowedValues.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("enumeration attribute '" + name + "' has a blank allowed value");
        }
    }

    /** An attribute of a non-enumeration type. */
    public static AttributeDefinition of(String name, AttributeType type) {
        return new AttributeDefinition(name, type, List.of());
    }

    /** An enumeration attribute with its choices. */
    public static AttributeDefinition ofEnum(String name, String... allowedValues) {
        return new AttributeDefinition(name, AttributeType.ENUM, List.of(allowedValues));
    }
}
