package aurum.corpus.store;

/**
 * A layer was saved by someone else since the caller loaded it. Optimistic concurrency instead of
 * last-writer-wins: the caller must reload, merge its edits and save again, so no update is lost.
 */
public final class ConflictException extends CorpusStoreException {

    private static final long serialVersionUID = 1L;

    private final String documentId;
    private final String owner;
    private final long expectedRevision;
    private final long foundRevision;

    /** Creates the exception; the message says what happened and what to do. */
    public ConflictException(String documentId, String owner, long expectedRevision, long foundRevision) {
        super("The layer of " + owner + " on document '" + documentId + "' was saved elsewhere meanwhile:"
                + " expected stored revision " + expectedRevision + " but found " + foundRevision
                + ". Reload the layer, reapply your changes and save again.");
        this.documentId = documentId;
        this.owner = owner;
        this.expectedRevision = expectedRevision;
        this.foundRevision = foundRevision;
    }

    /** The document whose layer conflicted. */
    public String documentId() {
        return documentId;
    }

    /** The layer owner as described in messages, e.g. {@code annotator 'alice'}. */
    public String owner() {
        return owner;
    }

    /** The revision the caller believed was stored. */
    public long expectedRevision() {
        return expectedRevision;
    }

    /** The revision actually stored. */
    public long foundRevision() {
        return foundRevision;
    }
}
