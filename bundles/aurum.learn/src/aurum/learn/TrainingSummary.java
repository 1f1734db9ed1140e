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
 */
public record TrainingSummary(int documents, int completeDocuments, int segments, Map<String, Integer> spansPerLabel,
        int skipped, long millis) {

    /** Copies the map. */
    public TrainingSummary {
        spansPerLabel = Map.copyOf(spansPerLabel);
    }

    /** All taught spans. */
    public int spans() {
        return spansPerLabel.values().stream().mapToInt(Integer::intValue).sum();
    }
}
