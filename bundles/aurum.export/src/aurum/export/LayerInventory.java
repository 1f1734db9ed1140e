package aurum.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.assignment.CorpusAnnotators;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.index.LayerSummary;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * Which layers a corpus holds and how far each has got (documents per state), read from the corpus
 * index; and from that, the layer an export takes when none is named ({@link #defaultLayer}): gold when
 * any document's gold is curated, else the only layer there is. The recognizers' {@code suggestions} layer
 * is no annotator and is left out.
 *
 * @param gold documents per state of the gold layer, empty when no document has one
 * @param annotators annotator id → documents per state of their layer, sorted by id
 */
public record LayerInventory(Map<LayerState, Integer> gold, Map<String, Map<LayerState, Integer>> annotators) {

    /** Copies the maps. */
    public LayerInventory {
        gold = copy(gold);
        Map<String, Map<LayerState, Integer>> sorted = new TreeMap<>();
        annotators.forEach((id, states) -> sorted.put(id, copy(states)));
        annotators = java.util.Collections.unmodifiableMap(sorted);
    }

    /**
     * Reads the layers of {@code store} from its index, bringing the index up to date first.
     *
     * @throws CorpusStoreException if the index cannot be read
     */
    public static LayerInventory of(CorpusStore store) throws CorpusStoreException {
        store.index().refresh((done, total) -> { });
        Map<LayerState, Integer> gold = new EnumMap<>(LayerState.class);
        Map<String, Map<LayerState, Integer>> annotators = new TreeMap<>();
        for (IndexedDocument document : store.index().find(DocumentQuery.ALL)) {
            for (LayerSummary layer : document.layers()) {
                if (layer.owner().isGold()) {
                    gold.merge(layer.state(), 1, Integer::sum);
                } else if (layer.owner() instanceof LayerOwner.Annotator a && !a.id().equals(CorpusAnnotators.SUGGESTIONS)) {
                    annotators.computeIfAbsent(a.id(), k -> new EnumMap<>(LayerState.class))
                            .merge(layer.state(), 1, Integer::sum);
                }
            }
        }
        return new LayerInventory(gold, annotators);
    }

    /**
     * The layer to export when none is named: gold when at least one document's gold layer is curated, else
     * the only kind of layer there is (one annotator's, or gold); empty when that does not decide it (no layer,
     * or several layers and nothing curated): then the caller must ask, listing {@link #describe()}.
     */
    public Optional<LayerSelection> defaultLayer() {
        if (gold.getOrDefault(LayerState.CURATED, 0) > 0) {
            return Optional.of(LayerSelection.GOLD);
        }
        if (annotators.size() == 1 && gold.isEmpty()) {
            return Optional.of(new LayerSelection(LayerSelection.Kind.ANNOTATOR, annotators.keySet().iterator().next()));
        }
        if (annotators.isEmpty() && !gold.isEmpty()) {
            return Optional.of(LayerSelection.GOLD); // the only layer there is, curated or not
        }
        return Optional.empty();
    }

    /** Why {@link #defaultLayer()} chose what it chose, e.g. {@code gold (4 documents curated, 1 in progress)}. */
    public String describeDefault() {
        return defaultLayer().map(layer -> layer.kind() == LayerSelection.Kind.GOLD ? "gold (" + counts(gold) + ")"
                : "annotator:" + layer.annotator() + ", the only layer (" + counts(annotators.get(layer.annotator()))
                        + ")").orElse("none");
    }

    /** Every layer with its documents per state, e.g. {@code gold: 2 in progress; alice: 3 done; bob: 1 new}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!gold.isEmpty()) {
            parts.add("gold: " + counts(gold));
        }
        annotators.forEach((id, states) -> parts.add(id + ": " + counts(states)));
        return parts.isEmpty() ? "no layer saved yet" : String.join("; ", parts);
    }

    /** Whether no document has any layer (suggestions aside). */
    public boolean isEmpty() {
        return gold.isEmpty() && annotators.isEmpty();
    }

    private static String counts(Map<LayerState, Integer> states) {
        List<String> parts = new ArrayList<>();
        states.forEach((state, n) -> parts.add(n + " " + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        return String.join(", ", parts);
    }

    private static Map<LayerState, Integer> copy(Map<LayerState, Integer> states) {
        Map<LayerState, Integer> copy = new EnumMap<>(LayerState.class);
        copy.putAll(states);
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(copy));
    }
}
