package aurum.corpus.importer;

/**
 * Lets an importer report how far it got and notice that the user gave up. Kept free of Eclipse
 * types so the CLI and tests can pass a lambda; the workbench adapts an {@code IProgressMonitor}.
 */
public interface ImportProgress {

    /** Progress that is ignored and never cancelled. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void worked(long done, long total) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports progress in the importer's own units (files, lines).
     *
     * @param done units finished so far
     * @param total all units, or a negative number when the total is not known in advance
     */
    void worked(long done, long total);

    /** Tells whether the importer should stop at the next document boundary. */
    boolean isCancelled();
}
