package aurum.corpus.store;

import aurum.core.model.Document;

/**
 * Adds many documents fast: texts and meta files are written in groups whose files are flushed to disk
 * together, which is many times faster than one {@link CorpusStore#addDocument} per document. Get one
 * from {@link CorpusStore#batch()} in try-with-resources.
 *
 * <p><b>Durability.</b> A document handed to {@link #add} is durable once {@link #flush} or
 * {@link #close} returns, or once the group it went into is full and written (every
 * {@value #GROUP_DOCUMENTS} documents, or sooner for large texts); a crash before that loses the
 * unwritten group, never a written one, and never leaves a half-written file (each file goes temp,
 * flush, rename; a document's meta file, which makes it exist, is renamed only after its text is
 * durable). Closing also recomputes the corpus's near-duplicate clusters and related pairs
 * ({@code clusters.json}). Not thread-safe: one thread adds.
 */
public interface DocumentBatch extends AutoCloseable {

    /** Documents per written group. */
    int GROUP_DOCUMENTS = 512;

    /**
     * Queues a document, proposing its boilerplate regions and its near-duplicate features. Adding a
     * text that the corpus (or this batch) holds already, under any id, stores nothing and returns the
     * id it is stored under, so re-running an import is safe.
     *
     * @throws IllegalArgumentException if the id is not valid (see {@link DocumentIds})
     * @throws CorpusStoreException if the id is taken by a different text, or writing a full group fails
     */
    StoredDocument add(Document document) throws CorpusStoreException;

    /** Writes every queued document; durable when it returns. */
    void flush() throws CorpusStoreException;

    /**
     * Flushes, then, if anything was added, recomputes {@code clusters.json} over the whole corpus.
     * Closing twice does nothing.
     */
    @Override
    void close() throws CorpusStoreException;
}
