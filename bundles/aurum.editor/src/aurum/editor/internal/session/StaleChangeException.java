package aurum.editor.internal.session;

import aurum.corpus.store.CorpusStoreException;

/** A change (or its undo) no longer fits the layer, because the layer was changed elsewhere meanwhile. */
public final class StaleChangeException extends CorpusStoreException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message saying what happened. */
    public StaleChangeException(String message) {
        super(message);
    }
}
