package aurum.bench.generator;

/** A gold annotation: {@code [start, end)} in UTF-16 units of the document text. */
public record Span(int start, int end, String label) {
}
