package aurum.editor.curation;

import java.util.ArrayList;
import java.util.List;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * The annotator layers a curation works from, read once when the editor opens (they are not watched:
 * annotators should be done before their work is curated).
 *
 * @param layers the layers in lane order (lane 1 first)
 */
public record CurationSources(List<Layer> layers) {

    /** Copies the list. */
    public CurationSources {
        layers = List.copyOf(layers);
    }

    /**
     * Reads the layers of {@code annotators} on {@code documentId}, or of every annotator of the corpus
     * when the list is empty; annotators without a saved layer there are left out.
     *
     * @throws CorpusStoreException if a layer cannot be read, or no annotator has a layer on the document
     */
    public static CurationSources read(CorpusStore store, String documentId, List<String> annotators)
            throws CorpusStoreException {
        List<String> names = annotators.isEmpty() ? store.annotators() : annotators;
        List<Layer> layers = new ArrayList<>();
        for (String annotator : names) {
            Layer layer = store.loadLayer(documentId, LayerOwner.annotator(annotator));
            if (layer.revision() > 0) {
                layers.add(layer);
            }
        }
        if (layers.isEmpty()) {
            throw new CorpusStoreException((names.isEmpty() ? "No annotator" : "None of the annotators " + names)
                    + " has a layer on document '"
                    + documentId + "' in " + store.directory() + ", so there is nothing to curate yet.");
        }
        return new CurationSources(layers);
    }

    /** The annotator ids in lane order. */
    public List<String> annotators() {
        return layers.stream().map(l -> ((LayerOwner.Annotator) l.owner()).id()).toList();
    }
}
