package aurum.learn;

/**
 * How the model's suggestions of one label fared on documents held out of training (see
 * {@link ModelTrainer}): how many it proposed there and how many of those were spans people had made.
 *
 * @param proposed suggestions of the label in the held-out documents
 * @param right    of those, suggestions equal to a taught span (same start, end and label)
 */
public record HeldOut(int proposed, int right) {

    /** Rejects counts that cannot be. */
    public HeldOut {
        if (proposed < 0 || right < 0 || right > proposed) {
            throw new IllegalArgumentException("bad held-out counts " + right + "/" + proposed);
        }
    }

    /** The share of right suggestions, or 1 when none was proposed. */
    public double precision() {
        return proposed == 0 ? 1.0 : (double) right / proposed;
    }
}
