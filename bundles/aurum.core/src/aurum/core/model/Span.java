package aurum.core.model;

import aurum.core.text.SurrogatePairs;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static java.util.Collections.unmodifiableMap;

/**
 * One annotation: a labelled range {@code [start, end)} of a document's text, in UTF-16 indices.
 * The id stays the same through relabelling and moving so that undo, storage and curation can refer
 * to the span. Immutable; the {@code with…} methods return changed copies and leave the modification
 * time to the caller, who knows the clock.
 *
 * <p>Every span covers at least one character. Whether its offsets fit a given text (inside it, not
 * splitting a surrogate pair) can only be checked against that text: see {@link #requireWithin}.
 *
 * @param id stable identifier, usually a lowercase UUID
 * @param start first UTF-16 index covered, inclusive
 * @param end UTF-16 index after the last covered one, exclusive; greater than {@code start}
 * @param labelId id of a {@link LabelDefinition}
 * @param attributes typed attribute values by name, sorted by name; never {@code null}
 * @param note free text from the annotator, or {@code null}
 * @param annotator who or what made the span, or {@code null} when unknown (e.g. imported)
 * @param created when the span was made
 * @param modified when the span was last changed
 * @param status how the span came about
 */
public record Span(String id, int start, int end, String labelId, Map<String, AttributeValue> attributes,
        String note, String annotator, Instant created, Instant modified, SpanStatus status) {

    /** Validates everything that does not need the text. */
    public Span {
        requireText(id, "span id");
        requireText(labelId, "label id of span '" + id + "'");
        if (start < 0) {
            throw new IllegalArgumentException("span '" + id + "' starts at negative offset " + start);
        }
        if (end == start) {
            throw new IllegalArgumentException("span '" + id + "' is empty: start " + start + " equals end "
                    + end + "; a span must cover at least one character");
        }
        if (end < start) {
            throw new IllegalArgumentException("span '" + id + "' ends at " + end + ", before its start " + start);
        }
        attributes = copyAttributes(attributes);
        note = note == null || note.isBlank() ? null : note;
        annotator = annotator == null || annotator.isBlank() ? null : annotator;
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(status, "status");
    }

    /** Starts building a new span with a fresh UUID and status {@link SpanStatus#MANUAL}. */
    public static SpanBuilder builder() {
        return new SpanBuilder();
    }

    /**
     * Checks the span against the text it annotates and returns it.
     *
     * @throws IllegalArgumentException if the span ends beyond the text or its start or end splits a
     *         surrogate pair; the message names the span and the offsets
     */
    public Span requireWithin(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span '" + id + "' [" + start + ", " + end
                    + ") ends beyond the text, which has length " + text.length());
        }
        SurrogatePairs.requireNotSplit(text, start, "start of span '" + id + "' at offset");
        SurrogatePairs.requireNotSplit(text, end, "end of span '" + id + "' at offset");
        return this;
    }

    /** The number of UTF-16 units covered. */
    public int length() {
        return end - start;
    }

    /** Tells whether the span covers the character at {@code offset}. */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /** Tells whether this span and {@code [otherStart, otherEnd)} share at least one character. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    /** The covered text of {@code documentText}. */
    public String coveredText(String documentText) {
        return documentText.substring(start, end);
    }

    /** A copy covering {@code [newStart, newEnd)}. */
    public Span withRange(int newStart, int newEnd) {
        return new Span(id, newStart, newEnd, labelId, attributes, note, annotator, created, modified, status);
    }

    /** A copy with another label; the attributes are kept, the validator reports those not in the new schema. */
    public Span withLabel(String newLabelId) {
        return new Span(id, start, end, newLabelId, attributes, note, annotator, created, modified, status);
    }

    /** A copy with exactly {@code newAttributes}. */
    public Span withAttributes(Map<String, AttributeValue> newAttributes) {
        return new Span(id, start, end, labelId, newAttributes, note, annotator, created, modified, status);
    }

    /** A copy with one attribute set or replaced. */
    public Span withAttribute(String name, AttributeValue value) {
        Map<String, AttributeValue> changed = new TreeMap<>(attributes);
        changed.put(name, Objects.requireNonNull(value, "value"));
        return withAttributes(changed);
    }

    /** A copy without the attribute {@code name}. */
    public Span withoutAttribute(String name) {
        Map<String, AttributeValue> changed = new TreeMap<>(attributes);
        changed.remove(name);
        return withAttributes(changed);
    }

    /** A copy with another note ({@code null} or blank removes it). */
    public Span withNote(String newNote) {
        return new Span(id, start, end, labelId, attributes, newNote, annotator, created, modified, status);
    }

    /** A copy attributed to {@code newAnnotator}. */
    public Span withAnnotator(String newAnnotator) {
        return new Span(id, start, end, labelId, attributes, note, newAnnotator, created, modified, status);
    }

    /** A copy with another status. */
    public Span withStatus(SpanStatus newStatus) {
        return new Span(id, start, end, labelId, attributes, note, annotator, created, modified, newStatus);
    }

    /** A copy with another modification time. */
    public Span withModified(Instant newModified) {
        return new Span(id, start, end, labelId, attributes, note, annotator, created, newModified, status);
    }

    private static Map<String, AttributeValue> copyAttributes(Map<String, AttributeValue> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, AttributeValue> sorted = new TreeMap<>();
        attributes.forEach((name, value) -> {
            requireText(name, "attribute name");
            sorted.put(name, Objects.requireNonNull(value, "value of attribute '" + name + "'"));
        });
        return unmodifiableMap(sorted);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
