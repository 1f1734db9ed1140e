package aurum.export;

/**
 * A span the export changed or left out, with why. Offsets are UTF-16 units of the stored document.
 *
 * @param document the document id
 * @param start the span's stored start
 * @param end the span's stored end
 * @param label the corpus label
 * @param action {@code dropped}, {@code expanded} or {@code split-token}
 * @param reason what caused it, e.g. "overlaps [10, 20) PERSON (keep-longest)"
 */
public record ReportEntry(String document, int start, int end, String label, String action, String reason) {
}
