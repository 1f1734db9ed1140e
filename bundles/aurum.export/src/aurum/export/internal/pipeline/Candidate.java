package aurum.export.internal.pipeline;

import aurum.export.ExportSpan;

/**
 * A span on its way through the export: its current range and output label, and where it came from
 * (stored range and corpus label) for the report.
 */
record Candidate(int start, int end, String label, int storedStart, int storedEnd, String corpusLabel) {

    Candidate withRange(int newStart, int newEnd) {
        return new Candidate(newStart, newEnd, label, storedStart, storedEnd, corpusLabel);
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }

    int length() {
        return end - start;
    }

    ExportSpan toSpan() {
        return new ExportSpan(start, end, label);
    }

    String describe() {
        return "[" + start + ", " + end + ") " + label;
    }
}
