package aurum.editor.navigator;

import java.util.Map;
import java.util.stream.Collectors;

import aurum.core.model.LayerState;

/**
 * One document of the corpus navigator.
 *
 * @param id          the document id
 * @param title       the title, or the id when there is none
 * @param length      the text length in UTF-16 units
 * @param state       how far the current annotator has got with it
 * @param labelCounts spans per label in the annotator's layer (rejected suggestions not counted), by label id
 * @param cluster     the near-duplicate cluster number (1, 2, …), or 0 when the document has no near duplicate
 * @param clusterSize how many documents that cluster has
 */
public record DocumentRow(String id, String title, int length, LayerState state, Map<String, Integer> labelCounts,
        int cluster, int clusterSize) {

    /** Copies the counts, sorted by label id. */
    public DocumentRow {
        labelCounts = Map.copyOf(labelCounts);
    }

    /** A row standing for one that cannot be read, e.g. after its corpus was closed; the title says why. */
    public static DocumentRow unreadable(String why) {
        return new DocumentRow("", why, 0, LayerState.NEW, Map.of(), 0, 0);
    }

    /** The state in the annotator's words. */
    public String stateText() {
        return switch (state) {
        case NEW -> "new";
        case IN_PROGRESS -> "in progress";
        case DONE -> "done";
        case CURATED -> "curated";
        };
    }

    /** The counts as {@code LABEL n · LABEL n}, most frequent first. */
    public String countsText() {
        return labelCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "));
    }

    /** The cluster as shown, e.g. {@code ≈2 (3 docs)}, or empty. */
    public String clusterText() {
        return cluster == 0 ? "" : "≈" + cluster + " (" + clusterSize + " docs)";
    }

    /** A copy with new state and counts, after the document's layer changed. */
    public DocumentRow withLayer(LayerState newState, Map<String, Integer> newCounts) {
        return new DocumentRow(id, title, length, newState, newCounts, cluster, clusterSize);
    }
}
