package aurum.corpus.index;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import java.util.Map;
import java.util.Objects;

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

    /** Copies the counts into an unmodifiable map sorted by label id. */
    public LayerSummary {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(state, "state");
        spansPerLabel = SortedCounts.copyOf(spansPerLabel);
    }

    /**
     * A summary from counts given as arrays, for readers that decode many summaries at once (the index
     * listing reuses its arrays for every layer instead of building a map each time).
     *
     * @param labels label ids; the first {@code size} must be sorted and distinct
     * @param counts the span count of each of those labels
     * @param size how many entries of the arrays to copy
     * @throws IllegalArgumentException if the labels are not sorted and distinct
     */
    public static LayerSummary of(LayerOwner owner, LayerState state, long revision, String[] labels, int[] counts,
            int size) {
        return new LayerSummary(owner, state, revision, SortedCounts.of(labels, counts, size));
    }

    /** All spans of the layer. */
    public int spanCount() {
        return ((SortedCounts) spansPerLabel).total();
    }
}
