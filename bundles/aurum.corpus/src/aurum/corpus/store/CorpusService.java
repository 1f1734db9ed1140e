package aurum.corpus.store;

import java.nio.file.Path;
import java.util.List;

/**
 * Opens and creates corpora for the whole application, handing out one shared {@link CorpusStore} per
 * folder so that the editor, views and commands see the same index instead of opening it several times.
 * Published as an OSGi Declarative Services component; closes every index when the bundle stops.
 * Plain Java code and tests may use {@link CorpusStore#open} and {@link CorpusStore#create} directly.
 */
public interface CorpusService {

    /**
     * The store of the corpus in {@code dir}, opened on first request and shared afterwards. Callers do
     * not close it; {@link #close(Path)} does.
     *
     * @throws CorpusStoreException if the folder is no corpus or cannot be read
     */
    CorpusStore open(Path dir) throws CorpusStoreException;

    /**
     * Creates a corpus in {@code dir} (missing or empty) and returns its shared store.
     *
     * @throws CorpusStoreException if the folder holds files or cannot be written
     */
    CorpusStore create(Path dir, CorpusSettings settings) throws CorpusStoreException;

    /** The stores opened so far, in the order they were opened. */
    List<CorpusStore> openStores();

    /** Closes the index of the corpus in {@code dir}, if it is open here, and forgets its store. */
    void close(Path dir) throws CorpusStoreException;
}
