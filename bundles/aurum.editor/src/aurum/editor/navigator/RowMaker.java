package aurum.editor.navigator;

import java.util.LinkedHashMap;
import java.util.Map;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.assignment.CorpusAnnotators;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.index.LayerSummary;

/**
 * Turns an index entry into the navigator's row for one annotator: their layer's state and counts, the
 * document's near-duplicate cluster, and the state of every other saved layer (for the lead).
 *
 * @param owner    whose layer the row shows
 * @param clusters document id → {cluster number, cluster size}, for clustered documents only
 */
public record RowMaker(LayerOwner owner, Map<String, int[]> clusters) {

    private static final int[] NO_CLUSTER = new int[2];

    /** Copies the clusters. */
    public RowMaker {
        clusters = Map.copyOf(clusters);
    }

    /** The row of {@code document}. */
    public DocumentRow row(IndexedDocument document) {
        LayerState state = document.layer(owner).map(LayerSummary::state).orElse(LayerState.NEW);
        Map<String, Integer> counts = document.layer(owner).map(LayerSummary::spansPerLabel).orElse(Map.of());
        int[] cluster = clusters.getOrDefault(document.id(), NO_CLUSTER);
        String title = document.title().isEmpty() ? document.id() : document.title();
        return new DocumentRow(document.id(), title, document.length(), state, counts, cluster[0], cluster[1],
                team(document));
    }

    /** The state of every saved layer but the recognizers' suggestions, gold first (the index lists it first). */
    static Map<String, LayerState> team(IndexedDocument document) {
        Map<String, LayerState> team = new LinkedHashMap<>();
        for (LayerSummary layer : document.layers()) {
            if (layer.owner() instanceof LayerOwner.Annotator annotator) {
                if (!annotator.id().equals(CorpusAnnotators.SUGGESTIONS)) {
                    team.put(annotator.id(), layer.state());
                }
            } else {
                team.put(CorpusOverview.GOLD, layer.state());
            }
        }
        return team;
    }
}
