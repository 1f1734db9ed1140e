package aurum.editor.internal.session;

import java.util.List;

import aurum.core.model.LabelSet;
import aurum.core.model.LayerOwner;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * Everything the annotation editor shows, read from the corpus in one go off the UI thread: the
 * document, the annotator's layer session, the label set and the excluded (boilerplate) regions.
 */
public record LoadedDocument(LayerSession session, LabelSet labelSet, List<ExcludedRegion> excluded) {

    /**
     * Reads document {@code id} of {@code store} for {@code annotator}.
     *
     * @throws CorpusStoreException if the document is missing or its layer cannot be read
     */
    public static LoadedDocument load(CorpusStore store, String id, LayerOwner owner) throws CorpusStoreException {
        // one call reads text and layer in parallel; a missing document is reported by the store
        LayerSession session = LayerSession.open(store, id, owner);
        LabelSet labels = LabelSetResolver.resolve(store, session.layer());
        return new LoadedDocument(session, labels, List.copyOf(store.excludedRegions(id)));
    }
}
