package aurum.bench.generator;

import java.util.ArrayList;
import java.util.List;

/** A text under construction that records spans as their text is appended, so offsets are exact. */
final class AnnotatedText {

    private final StringBuilder text = new StringBuilder(4096);
    private final List<Span> spans = new ArrayList<>();
    private final String eol;

    AnnotatedText(String eol) {
        this.eol = eol;
    }

    AnnotatedText append(String s) {
        text.append(s);
        return this;
    }

    AnnotatedText newline() {
        text.append(eol);
        return this;
    }

    /** Appends {@code s} as one span; returns the span's start for nesting. */
    int span(String s, String label) {
        int start = text.length();
        text.append(s);
        spans.add(new Span(start, text.length(), label));
        return start;
    }

    /** Adds a span inside text already appended, e.g. the "ballistic missile" of a longer weapon. */
    void inner(int start, int end, String label) {
        spans.add(new Span(start, end, label));
    }

    int length() {
        return text.length();
    }

    String text() {
        return text.toString();
    }

    /** Spans sorted by start, longer first, as gold files list them. */
    List<Span> spans() {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return sorted;
    }
}
