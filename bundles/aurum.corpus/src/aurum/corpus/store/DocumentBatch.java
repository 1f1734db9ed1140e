package aurum.corpus.store;

import aurum.core.model.Document;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.boilerplate.ExcludedRegion;
import java.util.List;

/**
 * Adds many documents fast: texts and meta files are written in groups whose files are flushed to disk
 * together, which is many times faster than one {@link CorpusStore#addDocument} per document. Get one
 * from {@link CorpusStore#batch()} in try-with-resources.
 *
 * <p><b>Durability.</b> A document handed to {@link #add} is durable once {@link #flush} or
 * {@link #close} returns. Before that, a full group (every {@value #GROUP_DOCUMENTS} documents, or
 * sooner for large texts) is written in the background while the next one fills, and is durable at the
 * latest when the next group is full; a crash loses the unwritten groups (at most two), never a written
 * one, and never leaves a half-written file (each file goes temp, flush, rename; a document's meta file,
 * which makes it exist, is renamed only after its text is durable). A group that fails to be written is
 * reported by the next call ({@link #add}, {@link #flush} or {@link #close}) and leaves no temporary file.
 * Closing also brings the corpus's near-duplicate clusters and related pairs ({@code clusters.json}) up to
 * date: the added documents are analysed (their features are kept in a temporary file meanwhile, not in
 * memory), the stored ones are not analysed again. Not thread-safe: one thread adds.
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

    /**
     * {@link #add(Document)} with the boilerplate regions already proposed for the document's text (by
     * {@link aurum.corpus.boilerplate.BoilerplateDetector#propose}, as importers do to find the title;
     * see {@link aurum.corpus.importer.ImportedDocument#boilerplate()}), so they are not proposed again.
     *
     * @param boilerplate the proposed regions, sorted, not overlapping and inside the text; {@code null}
     *        to have them proposed here
     * @throws IllegalArgumentException if the regions are not sorted or not inside the text
     */
    default StoredDocument add(Document document, List<ExcludedRegion> boilerplate) throws CorpusStoreException {
        return add(document);
    }

    /**
     * {@link #add(Document, List)} with the spans of the document's first layer of {@code owner} (an import's
     * annotations), written in the same group as the document and made durable with it, instead of one
     * {@link CorpusStore#saveLayer} per document with a flush of its own. Only for a document new to the
     * corpus: when the text is stored already ({@link StoredDocument#added()} is false), nothing is written
     * and the caller decides about the stored layer. A layer file of that owner and id found on disk when
     * the group is written (left by a document deleted by hand) is kept. No spans: no layer file.
     *
     * @param spans the spans, valid for the document's text (they are checked as {@link aurum.core.model.Layer} does)
     * @throws IllegalArgumentException if a span does not fit the text, or as {@link #add(Document, List)}
     */
    default StoredDocument add(Document document, List<ExcludedRegion> boilerplate, LayerOwner owner, List<Span> spans)
            throws CorpusStoreException {
        throw new UnsupportedOperationException("this batch does not write layers");
    }

    /**
     * {@link #add(Document, List, LayerOwner, List)} with the layer written in {@code state} rather than the
     * state {@link aurum.core.model.Layer#addAll} would leave it in: an import stores its source's finished
     * annotation as {@link LayerState#DONE}.
     *
     * @param state the layer's state, or {@code null} for the state {@code addAll} leaves
     */
    default StoredDocument add(Document document, List<ExcludedRegion> boilerplate, LayerOwner owner, List<Span> spans,
            LayerState state) throws CorpusStoreException {
        throw new UnsupportedOperationException("this batch does not write layers");
    }

    /** Writes every queued document; durable when it returns. */
    void flush() throws CorpusStoreException;

    /**
     * Gives the batch up after a failure elsewhere (an import being rolled back): waits for the group being
     * written, if any, so that no file of the batch appears after this returns, drops the documents still
     * queued and leaves the analysis alone. Whatever the group being written fails with is not rethrown: the
     * caller is reporting a failure already. {@link #close} does nothing afterwards.
     */
    void abandon();

    /**
     * Flushes, then brings {@code clusters.json} up to date with the corpus: analyses the documents added
     * and any others missing from the stored analysis, and writes the file again when it did not describe
     * the corpus (also when nothing was added, so a missing or stale file is repaired by the next import).
     * Closing twice does nothing.
     */
    @Override
    void close() throws CorpusStoreException;
}
