package aurum.editor.navigator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import aurum.core.model.LayerState;
import aurum.editor.internal.edit.LayerLifecycle;

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
 * @param team        the state of every saved layer of the document, for the lead: {@code gold} first, then
 *                    annotators by id (the recognizers' {@code suggestions} layer left out)
 */
public record DocumentRow(String id, String title, int length, LayerState state, Map<String, Integer> labelCounts,
        int cluster, int clusterSize, Map<String, LayerState> team) {

    /** Copies the counts and the team, keeping the team's order. */
    public DocumentRow {
        labelCounts = Map.copyOf(labelCounts);
        team = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(team));
    }

    /** A row without the other layers' states. */
    public DocumentRow(String id, String title, int length, LayerState state, Map<String, Integer> labelCounts,
            int cluster, int clusterSize) {
        this(id, title, length, state, labelCounts, cluster, clusterSize, Map.of());
    }

    /** A row standing for one that cannot be read, e.g. after its corpus was closed; the title says why. */
    public static DocumentRow unreadable(String why) {
        return new DocumentRow("", why, 0, LayerState.NEW, Map.of(), 0, 0);
    }

    /** The state in the annotator's words. */
    public String stateText() {
        return LayerLifecycle.describe(state);
    }

    /** The counts as {@code LABEL n · LABEL n}, most frequent first. */
    public String countsText() {
        return labelCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "));
    }

    /** Every layer's state, e.g. {@code gold curated · alice done · bob in progress}; empty when none is saved. */
    public String teamText() {
        return team.entrySet().stream().map(e -> e.getKey() + " " + LayerLifecycle.describe(e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    /** The gold layer's state (how far curation has got), e.g. {@code curated}; empty when there is no gold layer. */
    public String goldText() {
        LayerState gold = team.get(CorpusOverview.GOLD);
        return gold == null ? "" : LayerLifecycle.describe(gold);
    }

    /** The cluster as shown, e.g. {@code ≈2 (3 docs)}, or empty. */
    public String clusterText() {
        return cluster == 0 ? "" : "≈" + cluster + " (" + clusterSize + " docs)";
    }

    /** A copy with new state and counts, after the document's layer changed. */
    public DocumentRow withLayer(LayerState newState, Map<String, Integer> newCounts) {
        return new DocumentRow(id, title, length, newState, newCounts, cluster, clusterSize, team);
    }

    /** A copy in which {@code annotator}'s layer is in {@code newState}, placed after gold and in id order. */
    public DocumentRow withTeamState(String annotator, LayerState newState) {
        Map<String, LayerState> sorted = new java.util.TreeMap<>(team);
        sorted.remove(CorpusOverview.GOLD);
        sorted.put(annotator, newState);
        Map<String, LayerState> updated = new LinkedHashMap<>();
        if (team.containsKey(CorpusOverview.GOLD)) {
            updated.put(CorpusOverview.GOLD, team.get(CorpusOverview.GOLD));
        }
        updated.putAll(sorted);
        return new DocumentRow(id, title, length, state, labelCounts, cluster, clusterSize, updated);
    }
}
