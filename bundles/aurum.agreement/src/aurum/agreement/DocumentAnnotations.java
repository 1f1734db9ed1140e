package aurum.agreement;

import aurum.core.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The spans several annotators made on one document, the input of {@link AgreementCalculator}. An
 * annotator missing from {@code spansByAnnotator} has not annotated the document (no saved layer),
 * which is different from an empty list (annotated, found nothing).
 *
 * @param documentId the document id
 * @param text the document text the span offsets point into
 * @param spansByAnnotator spans per annotator id, only for annotators who annotated the document
 */
public record DocumentAnnotations(String documentId, String text, Map<String, List<Span>> spansByAnnotator) {

    /** Copies the map and lists. */
    public DocumentAnnotations {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(text, "text");
        TreeMap<String, List<Span>> copy = new TreeMap<>();
        spansByAnnotator.forEach((annotator, spans) -> copy.put(annotator, List.copyOf(spans)));
        spansByAnnotator = java.util.Collections.unmodifiableMap(copy);
    }
}
