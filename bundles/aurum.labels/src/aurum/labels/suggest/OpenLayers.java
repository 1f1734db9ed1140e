package aurum.labels.suggest;

import java.util.Optional;
import java.util.function.Function;

import aurum.core.model.Layer;
import aurum.corpus.store.CorpusStoreException;

/**
 * Layers a person has open while a {@link SuggestionRun} works, e.g. in an annotation editor. A run hands
 * the suggestions of such a document to its open copy instead of saving the layer itself, so that the
 * editor takes them as an edit of its own (undoable, no reload) rather than as a change made elsewhere.
 */
@FunctionalInterface
public interface OpenLayers {

    /** No layer is open: the run saves every layer through the store. */
    OpenLayers NONE = (documentId, planner) -> Optional.empty();

    /**
     * If the run's layer of {@code documentId} is open, asks {@code planner} for the plan against the open
     * layer as it is now, carries it out there and returns it; otherwise returns empty and changes nothing.
     * May block until the open copy's owner (e.g. the UI thread) has done it.
     *
     * @throws CorpusStoreException if the open copy could not take the plan (it is then unchanged)
     */
    Optional<SuggestionPlan> merge(String documentId, Function<Layer, SuggestionPlan> planner)
            throws CorpusStoreException;
}
