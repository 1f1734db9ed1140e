package aurum.learn;

import java.util.Map;

/**
 * What a training run learned from.
 *
 * @param documents         documents that gave at least one training segment
 * @param completeDocuments of those, documents learned from as a whole (done or curated)
 * @param segments          segments (lines or sentences) learned from
 * @param spansPerLabel     taught spans per label, sorted by label
 * @param skipped           spans that could not be taught: not on token edges, across a line end, or
 *                          overlapping another
 * @param millis            wall-clock training time
 * @param heldOut           per label, how the model's suggestions fared on documents held out of training;
 *                          empty when not estimated (large training data, or fewer than three documents)
 */
public record TrainingSummary(int documents, int completeDocuments, int segments, Map<String, Integer> spansPerLabel,
        int skipped, long millis, Map<String, HeldOut> heldOut) {

    /** Copies the maps. */
    public TrainingSummary {
        spansPerLabel = Map.copyOf(spansPerLabel);
        heldOut = Map.copyOf(heldOut);
    }

    /** A summary without held-out figures. */
    public TrainingSummary(int documents, int completeDocuments, int segments, Map<String, Integer> spansPerLabel,
            int skipped, long millis) {
        this(documents, completeDocuments, segments, spansPerLabel, skipped, millis, Map.of());
    }

    /** All taught spans. */
    public int spans() {
        return spansPerLabel.values().stream().mapToInt(Integer::intValue).sum();
    }
}
