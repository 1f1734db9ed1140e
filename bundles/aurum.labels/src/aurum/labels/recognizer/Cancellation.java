package aurum.labels.recognizer;

/**
 * Lets the caller stop a recognizer that is no longer wanted (the document was closed, the user pressed
 * Cancel). Kept as a one-method interface so that it can wrap an Eclipse progress monitor, a
 * {@code Future} or a flag without this bundle depending on any of them.
 */
@FunctionalInterface
public interface Cancellation {

    /** Never cancelled; for batch runs and tests. */
    Cancellation NONE = () -> false;

    /** Whether the caller has asked the recognizer to stop. */
    boolean isCancelled();

    /**
     * Throws if cancellation was requested; recognizers call this between units of work.
     *
     * @throws RecognitionCancelledException if {@link #isCancelled()} is true
     */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new RecognitionCancelledException();
        }
    }
}
