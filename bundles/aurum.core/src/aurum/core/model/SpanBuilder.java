package aurum.core.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Assembles a {@link Span} from the few things the editor or an importer knows, filling in a fresh
 * UUID, status {@link SpanStatus#MANUAL} and, unless given, the current time.
 */
public final class SpanBuilder {

    private String id = UUID.randomUUID().toString();
    private int start;
    private int end;
    private String labelId;
    private final Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    private String note;
    private String annotator;
    private Instant created;
    private Instant modified;
    private SpanStatus status = SpanStatus.MANUAL;

    SpanBuilder() {
    }

    /** Uses a given id, e.g. one read from a file, instead of a fresh UUID. */
    public SpanBuilder id(String value) {
        this.id = value;
        return this;
    }

    /** Sets the covered range {@code [from, to)}. */
    public SpanBuilder range(int from, int to) {
        this.start = from;
        this.end = to;
        return this;
    }

    /** Sets the label id. */
    public SpanBuilder label(String value) {
        this.labelId = value;
        return this;
    }

    /** Adds or replaces one attribute. */
    public SpanBuilder attribute(String name, AttributeValue value) {
        attributes.put(name, value);
        return this;
    }

    /** Sets the note. */
    public SpanBuilder note(String value) {
        this.note = value;
        return this;
    }

    /** Sets who made the span. */
    public SpanBuilder annotator(String value) {
        this.annotator = value;
        return this;
    }

    /** Sets the creation time; the modification time follows unless set too. */
    public SpanBuilder created(Instant value) {
        this.created = value;
        return this;
    }

    /** Sets the modification time. */
    public SpanBuilder modified(Instant value) {
        this.modified = value;
        return this;
    }

    /** Sets the status. */
    public SpanBuilder status(SpanStatus value) {
        this.status = Objects.requireNonNull(value, "status");
        return this;
    }

    /** Builds the span without looking at any text. */
    public Span build() {
        Instant made = created != null ? created : Instant.now();
        return new Span(id, start, end, labelId, attributes, note, annotator, made,
                modified != null ? modified : made, status);
    }

    /**
     * Builds the span and checks it against the text it annotates.
     *
     * @throws IllegalArgumentException if the span is empty, ends beyond the text or splits a surrogate pair
     */
    public Span buildFor(CharSequence text) {
        return build().requireWithin(text);
    }
}
