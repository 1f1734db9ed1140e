package aurum.export.internal.pipeline;

import java.util.List;

import aurum.core.model.Document;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * The one place the export learns a document's excluded regions, as the corpus stores them: proposed at
 * import (and edited since) in the document's metadata. (Which documents stay in one split is
 * {@link SplitGroups}' business.)
 */
public final class DocumentExtras {

    private final CorpusStore store;

    public DocumentExtras(CorpusStore store) {
        this.store = store;
    }

    /** The regions of {@code document} left out of the export, sorted and non-overlapping. */
    public List<ExcludedRegion> excludedRegions(Document document) throws CorpusStoreException {
        return store.excludedRegions(document.id());
    }
}
