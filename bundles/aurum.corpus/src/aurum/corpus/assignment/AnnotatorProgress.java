package aurum.corpus.assignment;

/**
 * How far one annotator has got with the documents assigned to them.
 *
 * @param annotator the annotator id
 * @param assigned documents assigned
 * @param done assigned documents whose layer is in state DONE
 * @param inProgress assigned documents whose layer is IN_PROGRESS
 * @param notStarted assigned documents without a saved layer, or whose layer is still NEW
 * @param missing assigned documents that are not in the corpus (removed after assigning)
 */
public record AnnotatorProgress(String annotator, int assigned, int done, int inProgress, int notStarted,
        int missing) {

    /** The share of assigned documents done, 0 to 1; 0 with nothing assigned. */
    public double fractionDone() {
        return assigned == 0 ? 0 : done / (double) assigned;
    }
}
