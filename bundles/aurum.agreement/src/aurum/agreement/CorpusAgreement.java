package aurum.agreement;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement of annotators over a stored corpus: loads every document's annotator layers and feeds
 * them to an {@link AgreementCalculator}. An annotator counts as having annotated a document when a
 * layer of theirs was saved for it (revision ≥ 1), whatever its state; an unsaved layer is missing
 * data, not an empty annotation.
 */
public final class CorpusAgreement {

    /** Told after each document, for a progress bar; may be called from the computing thread. */
    @FunctionalInterface
    public interface Progress {
        /** {@code done} of {@code total} documents are read; {@code documentId} was the last. */
        void worked(int done, int total, String documentId);

        /** Reports nothing. */
        Progress NONE = (done, total, id) -> {
        };
    }

    private CorpusAgreement() {
    }

    /**
     * Computes the report over all documents of {@code store}.
     *
     * @param annotators at least two annotator ids
     * @param label the only label to consider, or {@code null}
     * @throws CorpusStoreException if a document or layer cannot be read; the message names the file
     */
    public static AgreementReport compute(CorpusStore store, List<String> annotators, String label, Progress progress)
            throws CorpusStoreException {
        AgreementCalculator calculator = new AgreementCalculator(annotators, label);
        List<DocumentInfo> documents = store.documents();
        int done = 0;
        for (DocumentInfo info : documents) {
            Document document = store.document(info.id()).orElseThrow(
                    () -> new CorpusStoreException("document '" + info.id() + "' vanished while reading " + store.directory()));
            Map<String, List<Span>> spans = new LinkedHashMap<>();
            for (String annotator : annotators) {
                Layer layer = store.loadLayer(info.id(), LayerOwner.annotator(annotator));
                if (layer.revision() > 0) {
                    spans.put(annotator, layer.spans().stream().filter(s -> s.status().isAnnotation()).toList());
                }
            }
            calculator.add(new DocumentAnnotations(info.id(), document.text(), spans));
            progress.worked(++done, documents.size(), info.id());
        }
        return calculator.report();
    }
}
