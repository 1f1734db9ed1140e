package aurum.corpus.index;

import aurum.corpus.store.CorpusStoreException;
import java.util.List;

/**
 * The documents matching a query in a given order, as the index held them when the listing was made:
 * only their positions are kept, and rows are read from the index when asked for, a page at a time.
 * So a listing of 100k documents costs a few hundred kilobytes however many rows are looked at, and a
 * table can show any part of it at once (the corpus navigator's virtual table does).
 *
 * <p>A listing does not change when the corpus does; make a new one ({@link CorpusIndex#list}) when
 * {@link CorpusIndex#generation()} moves. Reading rows does not wait for the index, which may be busy
 * bringing itself up to date in another thread. Thread-safe. Close it when done (before its store is
 * closed): it keeps the index files it reads open.
 */
public interface DocumentListing extends AutoCloseable {

    /** How many documents are listed. */
    int size();

    /**
     * The documents at positions {@code from} (inclusive) to {@code to} (exclusive), in listing order.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= size()}
     * @throws CorpusStoreException if the index cannot be read, or the listing or its store was closed
     */
    List<IndexedDocument> rows(int from, int to) throws CorpusStoreException;

    /** The position of document {@code id} in this listing, or -1 when it is not listed. */
    int indexOf(String id) throws CorpusStoreException;

    /** The index generation this listing was made at, see {@link CorpusIndex#generation()}. */
    long generation();

    /** Releases the index files; rows can no longer be read. Closing twice does nothing. */
    @Override
    void close();
}
