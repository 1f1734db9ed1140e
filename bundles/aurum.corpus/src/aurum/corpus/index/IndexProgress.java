package aurum.corpus.index;

/** Told how far an index refresh or rebuild has got; called from the indexing thread. */
@FunctionalInterface
public interface IndexProgress {

    /** Reports nothing. */
    IndexProgress NONE = (done, total) -> {
    };

    /**
     * @param done documents indexed so far
     * @param total documents to index in this refresh
     */
    void worked(long done, long total);
}
