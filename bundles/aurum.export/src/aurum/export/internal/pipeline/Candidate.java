package aurum.export.internal.pipeline;

import java.util.Map;

import aurum.core.model.AttributeValue;
import aurum.export.ExportSpan;

/**
 * A span on its way through the export: its current range and output label, and where it came from
 * (stored range and corpus label) for the report; its attributes and note go with it to the formats that
 * write them.
 */
record Candidate(int start, int end, String label, int storedStart, int storedEnd, String corpusLabel,
        Map<String, AttributeValue> attributes, String note) {

    Candidate {
        attributes = attributes == null ? Map.of() : attributes;
    }

    /** A candidate without attributes or note. */
    Candidate(int start, int end, String label, int storedStart, int storedEnd, String corpusLabel) {
        this(start, end, label, storedStart, storedEnd, corpusLabel, Map.of(), null);
    }

    Candidate withRange(int newStart, int newEnd) {
        return new Candidate(newStart, newEnd, label, storedStart, storedEnd, corpusLabel, attributes, note);
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }

    int length() {
        return end - start;
    }

    /** Whether the span has attributes or a note. */
    boolean hasExtras() {
        return !attributes.isEmpty() || note != null;
    }

    ExportSpan toSpan() {
        return new ExportSpan(start, end, label, attributes, note);
    }

    String describe() {
        return "[" + start + ", " + end + ") " + label;
    }
}
