package aurum.agreement;

import aurum.agreement.internal.DocumentData;
import aurum.agreement.internal.ScopeFigures;
import aurum.agreement.tokens.WordTokens;
import aurum.core.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes an {@link AgreementReport} from documents added one at a time. Tokenizes each document as
 * it is added and keeps only tokens and spans, not the text. Not thread-safe.
 */
public final class AgreementCalculator {

    private final List<String> annotators;
    private final String label;
    private final List<DocumentData> documents = new ArrayList<>();
    private final TreeSet<String> labels = new TreeSet<>();

    /**
     * @param annotators the annotators to compare, at least two, in the order that decides which of a
     *        pair is the reference
     * @param label the only label to consider, or {@code null} for all
     * @throws IllegalArgumentException with fewer than two or repeated annotators
     */
    public AgreementCalculator(List<String> annotators, String label) {
        if (annotators.size() < 2 || new HashSet<>(annotators).size() != annotators.size()) {
            throw new IllegalArgumentException("agreement needs at least two different annotators, got " + annotators);
        }
        this.annotators = List.copyOf(annotators);
        this.label = label;
    }

    /** Adds a document; annotators of the document not in the calculator's list are ignored. */
    public void add(DocumentAnnotations document) {
        List<List<Span>> spans = new ArrayList<>();
        for (String annotator : annotators) {
            List<Span> own = document.spansByAnnotator().get(annotator);
            if (own != null && label != null) {
                own = own.stream().filter(s -> s.labelId().equals(label)).toList();
            }
            if (own != null) {
                own.forEach(s -> labels.add(s.labelId()));
            }
            spans.add(own);
        }
        documents.add(new DocumentData(document.documentId(), document.text().length(),
                WordTokens.of(document.text()), spans));
    }

    /** Computes the report over the documents added so far. */
    public AgreementReport report() {
        ScopeFigures scope = new ScopeFigures(annotators);
        List<PairKappa> pairs = new ArrayList<>();
        ConfusionMatrix confusion = new ConfusionMatrix();
        Figures overall = scope.compute(documents, null, pairs, confusion);
        Map<String, Figures> perLabel = new LinkedHashMap<>();
        for (String l : labels) {
            perLabel.put(l, scope.compute(documents, l, null, null));
        }
        Map<String, Figures> perDocument = new TreeMap<>();
        for (DocumentData d : documents) {
            perDocument.put(d.id(), scope.compute(List.of(d), null, null, null));
        }
        return new AgreementReport(annotators, label, overall, Collections.unmodifiableMap(perLabel),
                Collections.unmodifiableMap(perDocument), List.copyOf(pairs), confusion);
    }
}
