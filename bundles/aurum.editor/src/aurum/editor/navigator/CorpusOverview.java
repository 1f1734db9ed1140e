package aurum.editor.navigator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import aurum.core.model.Layer;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * What the navigator needs besides the index listing: the near-duplicate clusters found at import and
 * the counts of an editor's layer. Reads files, so it runs in a job, never on the UI thread.
 */
public final class CorpusOverview {

    /** How the gold layer is named in {@link DocumentRow#team()}. */
    static final String GOLD = "gold";

    private CorpusOverview() {
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
