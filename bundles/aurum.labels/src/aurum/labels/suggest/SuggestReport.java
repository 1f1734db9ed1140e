package aurum.labels.suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a {@link SuggestionRun} did, for the summary a user reads. Filled in by the run; read-only views. */
public final class SuggestReport {

    private final List<String> recognizers = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> addedByLabel = new TreeMap<>();
    private int documents;
    private int layersSaved;
    private int withdrawn;
    private int kept;
    private int dropped;
    private int attributesLeftOut;

    void ran(String recognizerId) {
        recognizers.add(recognizerId);
    }

    void failed(String message) {
        failures.add(message);
    }

    void document(SuggestionPlan plan, boolean saved, int droppedHere) {
        documents++;
        if (saved) {
            layersSaved++;
        }
        plan.addedByLabel().forEach((label, n) -> addedByLabel.merge(label, n, Integer::sum));
        withdrawn += plan.withdrawn().size();
        kept += plan.kept();
        dropped += droppedHere;
        attributesLeftOut += plan.attributesLeftOut();
    }

    /** The ids of the recognizers that were created and run. */
    public List<String> recognizers() {
        return Collections.unmodifiableList(recognizers);
    }

    /** One message per recognizer that could not be created, or per document a recognizer failed on. */
    public List<String> failures() {
        return Collections.unmodifiableList(failures);
    }

    /** New suggested spans per label, sorted by label id. */
    public Map<String, Integer> addedByLabel() {
        return Collections.unmodifiableMap(addedByLabel);
    }

    /** All new suggested spans. */
    public int added() {
        return addedByLabel.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Documents processed. */
    public int documents() {
        return documents;
    }

    /** Layers written through the store because something changed (not those open in an editor). */
    public int layersSaved() {
        return layersSaved;
    }

    /** Open suggestions removed because their recognizer no longer proposes them. */
    public int withdrawn() {
        return withdrawn;
    }

    /** Spans already in the layers and left alone (including earlier suggestions proposed again). */
    public int kept() {
        return kept;
    }

    /** Suggestions dropped because they broke the span rules or used labels outside the label set. */
    public int dropped() {
        return dropped;
    }

    /**
     * Attribute values left out of new suggested spans because their label does not declare them (or not
     * with that type or value), so that accepting a suggestion never adds an attribute the label set lacks.
     */
    public int attributesLeftOut() {
        return attributesLeftOut;
    }
}
