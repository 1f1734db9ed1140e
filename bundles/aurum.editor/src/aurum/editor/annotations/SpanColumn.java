package aurum.editor.annotations;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import aurum.core.model.AttributeValue;
import aurum.core.model.Span;

/** The columns of the Annotations table: how each shows a span and how it sorts. Headless. */
public enum SpanColumn {
    /** The covered text. */
    TEXT("Text", 200),
    /** The label id. */
    LABEL("Label", 90),
    /** The start offset. */
    START("Start", 60),
    /** The end offset. */
    END("End", 60),
    /** Manual, suggested, accepted or rejected. */
    STATUS("Status", 80),
    /** The attributes as {@code name=value} pairs. */
    ATTRIBUTES("Attributes", 150),
    /** Who made the span. */
    ANNOTATOR("Annotator", 90);

    private static final int MAX_TEXT = 80;

    private final String title;
    private final int width;

    SpanColumn(String title, int width) {
        this.title = title;
        this.width = width;
    }

    /** The column header. */
    public String title() {
        return title;
    }

    /** The initial width in pixels. */
    public int width() {
        return width;
    }

    /** What the cell shows for {@code span} of a document with {@code text}. */
    public String text(Span span, String documentText) {
        return switch (this) {
        case TEXT -> shorten(span.end() <= documentText.length() ? span.coveredText(documentText) : "");
        case LABEL -> span.labelId();
        case START -> Integer.toString(span.start());
        case END -> Integer.toString(span.end());
        case STATUS -> span.status().name().toLowerCase(Locale.ROOT);
        case ATTRIBUTES -> attributes(span.attributes());
        case ANNOTATOR -> span.annotator() == null ? "" : span.annotator();
        };
    }

    /** The ascending order of this column; ties fall back to document order. */
    public Comparator<Span> order(String documentText) {
        Comparator<Span> documentOrder = Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed()).thenComparing(Span::id);
        Comparator<Span> primary = switch (this) {
        case START -> Comparator.comparingInt(Span::start);
        case END -> Comparator.comparingInt(Span::end);
        case TEXT -> Comparator.comparing(s -> text(s, documentText), String.CASE_INSENSITIVE_ORDER);
        default -> Comparator.comparing(s -> text(s, documentText));
        };
        return primary.thenComparing(documentOrder);
    }

    private static String shorten(String covered) {
        String oneLine = covered.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT - 1) + "…";
    }

    /** Formats attributes as {@code name=value, …} in name order. */
    public static String attributes(Map<String, AttributeValue> attributes) {
        return attributes.entrySet().stream().map(e -> e.getKey() + "=" + valueText(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** The plain text of an attribute value. */
    public static String valueText(AttributeValue value) {
        return switch (value) {
        case AttributeValue.StringValue v -> v.value();
        case AttributeValue.NumberValue v -> v.value().toPlainString();
        case AttributeValue.EnumValue v -> v.value();
        case AttributeValue.BooleanValue v -> Boolean.toString(v.value());
        };
    }
}
