package aurum.corpus.index;

import aurum.corpus.store.CorpusStoreException;
import java.util.List;

/**
 * Answers overview questions about a corpus (which documents are done, who used which label, where a
 * word occurs) from a derived index kept beside the corpus files. Every query first makes sure the
 * index matches the files (a few {@code stat} calls; see docs/FORMAT.md), so results include changes
 * made by other processes or by {@code git pull}. Instances are thread-safe and belong to their store,
 * which closes them.
 */
public interface CorpusIndex {

    /**
     * The documents matching {@code query}, sorted by id.
     *
     * @throws CorpusStoreException if the corpus cannot be read; unreadable single files do not fail
     *         the query but show up in {@link IndexedDocument#problems()}
     */
    List<IndexedDocument> find(DocumentQuery query) throws CorpusStoreException;

    /** How many documents match {@code query}; cheaper than {@link #find} for large results. */
    int count(DocumentQuery query) throws CorpusStoreException;

    /**
     * The documents matching {@code query} in {@code order}, sorted and filtered by the index; rows are
     * read when asked for. The way to show a large corpus: listing 100k documents costs their positions
     * only. The caller closes the listing.
     *
     * @throws CorpusStoreException if the corpus cannot be read
     */
    DocumentListing list(DocumentQuery query, DocumentOrder order) throws CorpusStoreException;

    /**
     * Brings the index up to date (as every query does) and tells its generation: a number that grows
     * whenever a document's entry changed, by this process or another. Cheap when nothing changed (a
     * few {@code stat} calls), so a view can poll it to follow the corpus.
     */
    long generation() throws CorpusStoreException;

    /**
     * Brings the index up to date with the corpus folder, rebuilding it when it is missing, corrupt or
     * of an older version and re-reading the documents whose files changed. Queries do this on their
     * own; call it first to show progress on a large corpus.
     *
     * @param progress told how many documents were (re)indexed of how many need it
     */
    void refresh(IndexProgress progress) throws CorpusStoreException;

    /** Throws the index away and reads every document again, for when files were edited in place. */
    void rebuild(IndexProgress progress) throws CorpusStoreException;
}
