package aurum.corpus.store;

/**
 * Whether {@code clusters.json} (near-duplicate clusters and related documents, docs/FORMAT.md) describes
 * the corpus as it is: it records how many documents it was computed from and a digest of their ids and
 * content hashes, which are compared with the corpus's. Exports keep near-duplicates in one split only as
 * far as the file knows them, so a stale file lets new copies straddle train and test.
 *
 * @param state what was found
 * @param analysedDocuments documents the file was computed from ({@code -1} when unknown: no file, or
 *        one written by an older Aurum)
 * @param corpusDocuments documents in the corpus now
 */
public record AnalysisStatus(State state, int analysedDocuments, int corpusDocuments) {

    /** What {@link CorpusStore#analysisStatus()} found. */
    public enum State {
        /** The file was computed from exactly the documents of the corpus. */
        CURRENT,
        /** There is no file, but the corpus has documents. */
        MISSING,
        /** The file was computed from other documents (added, removed or changed since), or by an older Aurum. */
        STALE,
        /** The corpus has no documents and no file: nothing to analyse. */
        EMPTY
    }

    /** Whether exports can rely on the file. */
    public boolean isCurrent() {
        return state == State.CURRENT || state == State.EMPTY;
    }

    /** One sentence for a user: what is wrong and what to do; empty when the file is current. */
    public String problem() {
        String repair = " Run an import into the corpus (aurum import … --corpus DIR); it repairs the analysis"
                + " before anything else, even when there is nothing new to import.";
        return switch (state) {
            case CURRENT, EMPTY -> "";
            case MISSING -> "clusters.json is missing: the near-duplicate analysis of the " + corpusDocuments
                    + " documents was never written or was deleted, so exports cannot keep copies in one split." + repair;
            case STALE -> analysedDocuments < 0
                    ? "clusters.json was written by an older Aurum and does not say which documents it covers." + repair
                    : "clusters.json was computed from " + analysedDocuments + " documents, but the corpus now has "
                            + corpusDocuments + (analysedDocuments == corpusDocuments ? " other or changed ones" : "")
                            + " (documents added or changed without an import, e.g. by git pull); copies among them"
                            + " are not known to exports." + repair;
        };
    }
}
