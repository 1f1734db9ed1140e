package aurum.corpus.index;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the index knows about one saved layer of a document.
 *
 * @param owner whose layer it is
 * @param state how far the work on it has got
 * @param revision the stored revision
 * @param spansPerLabel the number of spans per label id, sorted by label id; rejected spans (a rejected
 *        suggestion, a curation decision to keep none) are not counted
 */
public record LayerSummary(LayerOwner owner, LayerState state, long revision, Map<String, Integer> spansPerLabel) {

    /** Copies the counts into an unmodifiable sorted map. */
    public LayerSummary {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(state, "state");
        spansPerLabel = Collections.unmodifiableMap(new TreeMap<>(spansPerLabel));
    }

    /** All spans of the layer. */
    public int spanCount() {
        return spansPerLabel.values().stream().mapToInt(Integer::intValue).sum();
    }
}
