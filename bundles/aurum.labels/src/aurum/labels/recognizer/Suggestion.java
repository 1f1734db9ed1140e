package aurum.labels.recognizer;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A span a recognizer proposes for a label, waiting for an annotator's decision. Attribute values are
 * limited to {@link String}, {@link BigDecimal} and {@link Boolean} so that every suggestion can be
 * stored and exported without knowing the recognizer that made it.
 *
 * @param labelId      the proposed label, e.g. {@code AMOUNT}; a sub-type is its child label
 *                     ({@code WEAPON.SPACE}), never an attribute of the parent (docs/LABELS.md)
 * @param start        first UTF-16 index of the span
 * @param end          UTF-16 index after the span (exclusive), greater than {@code start}
 * @param confidence   how sure the recognizer is, from 0 to 1; used to order and filter suggestions
 * @param attributes   proposed attribute values, immutable, insertion-ordered; only those the label declares,
 *                     with a fitting type and value, reach the stored span (not a place for bookkeeping)
 * @param recognizerId the recognizer that made the suggestion, if known
 */
public record Suggestion(String labelId, int start, int end, double confidence, Map<String, Object> attributes,
        Optional<String> recognizerId) {

    /** Checks the invariants and takes an immutable copy of the attributes. */
    public Suggestion {
        Objects.requireNonNull(labelId, "labelId");
        if (labelId.isBlank()) {
            throw new IllegalArgumentException("blank label id");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
        attributes = copyAttributes(attributes);
        Objects.requireNonNull(recognizerId, "recognizerId");
    }

    /** A suggestion without a recognizer id; {@link #withRecognizerId} adds it later. */
    public Suggestion(String labelId, int start, int end, double confidence, Map<String, Object> attributes) {
        this(labelId, start, end, confidence, attributes, Optional.empty());
    }

    /** The same suggestion attributed to the given recognizer. */
    public Suggestion withRecognizerId(String id) {
        return new Suggestion(labelId, start, end, confidence, attributes, Optional.of(id));
    }

    /** The span's length in UTF-16 units. */
    public int length() {
        return end - start;
    }

    /** The text the suggestion covers in {@code text}, for display and tests. */
    public String coveredText(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    private static Map<String, Object> copyAttributes(Map<String, Object> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("blank attribute name");
            }
            if (!(value instanceof String || value instanceof BigDecimal || value instanceof Boolean)) {
                throw new IllegalArgumentException("attribute " + name + " must be String, BigDecimal or Boolean, was "
                        + (value == null ? "null" : value.getClass().getName()));
            }
            copy.put(name, value);
        });
        return Collections.unmodifiableMap(copy);
    }
}
