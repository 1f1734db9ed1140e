package aurum.export;

import java.util.Map;
import java.util.TreeMap;

import aurum.core.model.AttributeValue;

/**
 * A span as exported: {@code [start, end)} in UTF-16 units of {@link ExportDocument#text()}, with the
 * output label (after mapping), and the attributes and note the span carries in the corpus, for the formats
 * that can hold them (brat, JSONL; docs/FORMATS.md). Spans chosen by majority vote carry neither: the
 * annotators' attributes and notes may differ.
 *
 * @param attributes typed attribute values by name, sorted; never {@code null}
 * @param note the annotator's note, or {@code null}
 */
public record ExportSpan(int start, int end, String label, Map<String, AttributeValue> attributes, String note) {

    /** Checks the range and copies the attributes. */
    public ExportSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span range [" + start + ", " + end + ")");
        }
        attributes = attributes == null || attributes.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
        note = note == null || note.isBlank() ? null : note;
    }

    /** A span without attributes or note. */
    public ExportSpan(int start, int end, String label) {
        this(start, end, label, Map.of(), null);
    }

    /** Tells whether the two spans share at least one character. */
    public boolean overlaps(ExportSpan other) {
        return start < other.end && other.start < end;
    }

    /** Length in UTF-16 units. */
    public int length() {
        return end - start;
    }
}
