package aurum.agreement.curation;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Curation} loaded from a corpus store and saved back to it with the store's revision check,
 * so a second curator (or a git pull) on the same document is detected instead of overwritten.
 */
public final class StoredCuration {

    private final CorpusStore store;
    private final Curation curation;
    /** The revision in the file, which the next save must name. */
    private long storedRevision;
    /** The in-memory revision when last loaded or saved, to tell whether anything changed since. */
    private long cleanRevision;

    private StoredCuration(CorpusStore store, Curation curation) {
        this.store = store;
        this.curation = curation;
        this.storedRevision = curation.gold().revision();
        this.cleanRevision = storedRevision;
    }

    /**
     * Loads the gold layer of {@code documentId} and the layers of those {@code annotators} who saved
     * one (annotators without a layer on the document are left out).
     *
     * @throws CorpusStoreException if a layer cannot be read, or none of the annotators has a layer
     */
    public static StoredCuration open(CorpusStore store, String documentId, List<String> annotators, Clock clock)
            throws CorpusStoreException {
        List<Layer> layers = new ArrayList<>();
        for (String annotator : annotators) {
            Layer layer = store.loadLayer(documentId, LayerOwner.annotator(annotator));
            if (layer.revision() > 0) {
                layers.add(layer);
            }
        }
        if (layers.isEmpty()) {
            throw new CorpusStoreException("none of the annotators " + annotators + " has a layer on document '"
                    + documentId + "' in " + store.directory() + "; there is nothing to curate");
        }
        return new StoredCuration(store, new Curation(store.loadLayer(documentId, LayerOwner.GOLD), layers, clock));
    }

    /** The curation to work on. */
    public Curation curation() {
        return curation;
    }

    /** Tells whether the gold layer changed since it was loaded or last saved. */
    public boolean isDirty() {
        return curation.gold().revision() != cleanRevision;
    }

    /**
     * Saves the gold layer if it changed.
     *
     * @return the stored revision
     * @throws aurum.corpus.store.ConflictException if someone else saved the gold layer meanwhile
     * @throws CorpusStoreException if the write fails; the old file is untouched
     */
    public long save() throws CorpusStoreException {
        if (isDirty()) {
            storedRevision = store.saveLayer(curation.gold(), storedRevision);
            cleanRevision = curation.gold().revision();
        }
        return storedRevision;
    }
}
