package aurum.editor.navigator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.dedup.DedupSettings;
import aurum.corpus.dedup.DuplicateIndex;
import aurum.corpus.dedup.Relation;
import aurum.corpus.dedup.SignatureFactory;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;

/**
 * Reads what the navigator shows of a corpus: every document with its state and label counts for one
 * annotator, and the near-duplicate clusters. Reads files, so it runs in a job, never on the UI thread.
 */
public final class CorpusOverview {

    private CorpusOverview() {
    }

    /**
     * @param store     the corpus
     * @param annotator whose layers give the states and counts
     * @param monitor   progress and cancel
     * @throws OperationCanceledException when cancelled
     */
    public static List<DocumentRow> read(CorpusStore store, String annotator, IProgressMonitor monitor)
            throws CorpusStoreException {
        List<DocumentInfo> documents = store.documents();
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + store.settings().name(), documents.size() * 2);
        Map<String, int[]> clusters = nearDuplicateClusters(store, documents, progress.split(documents.size()));
        LayerOwner owner = LayerOwner.annotator(annotator);
        List<DocumentRow> rows = new ArrayList<>(documents.size());
        SubMonitor layers = progress.split(documents.size()).setWorkRemaining(documents.size());
        for (DocumentInfo info : documents) {
            Layer layer = store.loadLayer(info.id(), owner);
            int[] cluster = clusters.getOrDefault(info.id(), new int[2]);
            String title = info.metadata().title() == null ? info.id() : info.metadata().title();
            rows.add(new DocumentRow(info.id(), title, info.length(), layer.state(), counts(layer), cluster[0],
                    cluster[1]));
            layers.split(1);
        }
        return rows;
    }

    /** Spans per label id, without rejected suggestions. */
    public static Map<String, Integer> counts(Layer layer) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Span span : layer.spans()) {
            if (span.status() != SpanStatus.REJECTED) {
                counts.merge(span.labelId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The near-duplicate cluster of each document in one: {number, size}. Computed here from the texts
     * until the store keeps clusters itself; then only this method changes.
     */
    static Map<String, int[]> nearDuplicateClusters(CorpusStore store, List<DocumentInfo> documents,
            IProgressMonitor monitor) throws CorpusStoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Finding near duplicates", documents.size());
        SignatureFactory signatures = new SignatureFactory(DedupSettings.DEFAULT);
        DuplicateIndex index = new DuplicateIndex(DedupSettings.DEFAULT);
        for (DocumentInfo info : documents) {
            progress.split(1);
            store.document(info.id()).ifPresent(d -> index.add(d.id(), signatures.sign(d.text())));
        }
        Map<String, int[]> result = new HashMap<>();
        int number = 0;
        for (List<String> cluster : index.clusters(Relation.NEAR_DUPLICATE)) {
            number++;
            for (String id : cluster) {
                result.put(id, new int[] { number, cluster.size() });
            }
        }
        return result;
    }
}
