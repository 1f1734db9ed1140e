package aurum.agreement.ui.internal;

import java.util.Set;

import aurum.corpus.store.CorpusStore;

/**
 * What to compute: the corpus, the annotators the user unticked (every other annotator of the corpus
 * takes part, so one who appears later is compared by default) and the label filter.
 *
 * @param store the open corpus
 * @param excluded annotator ids not to compare
 * @param label the only label to consider, or {@code null} for all
 */
public record AgreementRequest(CorpusStore store, Set<String> excluded, String label) {

    /** A defensive copy of {@code excluded}. */
    public AgreementRequest {
        excluded = Set.copyOf(excluded);
    }
}
