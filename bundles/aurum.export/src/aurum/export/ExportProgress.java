package aurum.export;

/** Receives progress of a running export and may cancel it. */
public interface ExportProgress {

    /** Does nothing and never cancels. */
    ExportProgress NONE = (phase, done, total) -> {
    };

    /**
     * @param phase what is being done, e.g. "Planning" or "Writing"
     * @param done documents handled so far in this phase
     * @param total documents in this phase
     */
    void worked(String phase, long done, long total);

    /** Checked between documents; an export cancelled this way leaves nothing behind. */
    default boolean isCancelled() {
        return false;
    }
}
