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
import aurum.core.model.LayerState;
import aurum.core.model.SpanStatus;
import aurum.corpus.index.CorpusIndex;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.index.LayerSummary;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * Reads what the navigator shows of a corpus: every document with its state and label counts for one
 * annotator, from the corpus index (brought up to date first, with progress), and the near-duplicate
 * clusters found at import. Reads files, so it runs in a job, never on the UI thread.
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
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + store.settings().name(), 100);
        CorpusIndex index = store.index();
        SubMonitor indexing = progress.split(90).setWorkRemaining(1000);
        int[] reported = {0};
        index.refresh((done, total) -> {
            if (indexing.isCanceled()) {
                throw new OperationCanceledException();
            }
            int permille = (int) (done * 1000 / Math.max(1, total));
            indexing.worked(permille - reported[0]);
            reported[0] = permille;
            indexing.subTask("Indexed " + done + " of " + total + " changed documents");
        });
        List<IndexedDocument> documents = index.find(DocumentQuery.ALL);
        progress.split(5);
        Map<String, int[]> clusters = nearDuplicateClusters(store);
        LayerOwner owner = LayerOwner.annotator(annotator);
        List<DocumentRow> rows = new ArrayList<>(documents.size());
        for (IndexedDocument document : documents) {
            LayerState state = document.layer(owner).map(LayerSummary::state).orElse(LayerState.NEW);
            Map<String, Integer> counts = document.layer(owner).map(LayerSummary::spansPerLabel).orElse(Map.of());
            int[] cluster = clusters.getOrDefault(document.id(), new int[2]);
            String title = document.title() == null || document.title().isEmpty() ? document.id() : document.title();
            rows.add(new DocumentRow(document.id(), title, document.length(), state, counts, cluster[0], cluster[1]));
        }
        progress.split(5);
        return rows;
    }

    /** Spans per label id, without rejected suggestions. */
    public static Map<String, Integer> counts(Layer layer) {
        Map<String, Integer> counts = new TreeMap<>();
        layer.countsByLabel().forEach((label, byStatus) -> {
            int kept = java.util.Arrays.stream(byStatus).sum() - byStatus[SpanStatus.REJECTED.ordinal()];
            if (kept > 0) {
                counts.put(label, kept);
            }
        });
        return counts;
    }

    /**
     * The near-duplicate cluster of each clustered document as the corpus stores it (found at import):
     * {number, size}, numbered 1, 2, … in the order of the clusters' smallest ids.
     */
    static Map<String, int[]> nearDuplicateClusters(CorpusStore store) throws CorpusStoreException {
        Map<String, List<String>> members = new TreeMap<>();
        store.duplicateClusters().forEach((id, representative) ->
                members.computeIfAbsent(representative, k -> new ArrayList<>()).add(id));
        Map<String, int[]> result = new HashMap<>();
        int number = 0;
        for (List<String> cluster : members.values()) {
            if (cluster.size() < 2) {
                continue;
            }
            number++;
            for (String id : cluster) {
                result.put(id, new int[] {number, cluster.size()});
            }
        }
        return result;
    }
}
