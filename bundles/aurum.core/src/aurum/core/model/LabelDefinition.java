package aurum.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One label annotators can apply, with what they need to apply it consistently: a guideline, a colour
 * and hotkey for the editor, an optional parent (WEAPON › HYPERSONIC) and the attributes its spans carry.
 * Checks that need the other labels (parent exists, no cycles, hotkeys unique) are made by {@link LabelSet}.
 *
 * @param id stable id that spans refer to, e.g. {@code MONEY}
 * @param displayName name shown to annotators
 * @param guideline when to use the label; may be empty
 * @param colour highlight colour
 * @param hotkey single key that applies the label, or {@code null}
 * @param parentId id of the parent label, or {@code null} for a top-level label
 * @param attributes the attribute schema, names unique
 */
public record LabelDefinition(String id, String displayName, String guideline, Rgb colour, Character hotkey,
        String parentId, List<AttributeDefinition> attributes) {

    private static final Rgb DEFAULT_COLOUR = new Rgb(255, 221, 0);

    /** Checks the fields that need no other label. */
    public LabelDefinition {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("label id must not be blank");
        }
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
        guideline = guideline == null ? "" : guideline;
        colour = colour == null ? DEFAULT_COLOUR : colour;
        if (hotkey != null && (Character.isWhitespace(hotkey) || Character.isISOControl(hotkey)
                || Character.isSurrogate(hotkey))) {
            throw new IllegalArgumentException("hotkey of label '" + id + "' must be a visible character, not U+"
                    + String.format("%04X", (int) hotkey));
        }
        parentId = parentId == null || parentId.isBlank() ? null : parentId;
        if (id.equals(parentId)) {
            throw new IllegalArgumentException("label '" + id + "' cannot be its own parent");
        }
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        Set<String> names = new HashSet<>();
        for (AttributeDefinition attribute : attributes) {
            if (!names.add(attribute.name())) {
                throw new IllegalArgumentException("label '" + id + "' defines attribute '" + attribute.name() + "' twice");
            }
        }
    }

    /** A top-level label with no guideline, hotkey or attributes, and the default colour. */
    public static LabelDefinition of(String id, String displayName) {
        return new LabelDefinition(id, displayName, "", null, null, null, List.of());
    }

    /** The schema entry for {@code name}, if the label defines it. */
    public Optional<AttributeDefinition> attribute(String name) {
        return attributes.stream().filter(attribute -> attribute.name().equals(name)).findFirst();
    }

    /** A copy with another guideline. */
    public LabelDefinition withGuideline(String value) {
        return new LabelDefinition(id, displayName, value, colour, hotkey, parentId, attributes);
    }

    /** A copy with another colour. */
    public LabelDefinition withColour(Rgb value) {
        return new LabelDefinition(id, displayName, guideline, value, hotkey, parentId, attributes);
    }

    /** A copy with another hotkey ({@code null} for none). */
    public LabelDefinition withHotkey(Character value) {
        return new LabelDefinition(id, displayName, guideline, colour, value, parentId, attributes);
    }

    /** A copy under another parent ({@code null} for top level). */
    public LabelDefinition withParent(String value) {
        return new LabelDefinition(id, displayName, guideline, colour, hotkey, value, attributes);
    }

    /** A copy with another attribute schema. */
    public LabelDefinition withAttributes(AttributeDefinition... value) {
        return new LabelDefinition(id, displayName, guideline, colour, hotkey, parentId, List.of(value));
    }
}
