package aurum.labels.recognizer;

import java.io.Serial;

/**
 * Ends a recognition that was cancelled through its {@link Cancellation}. Unchecked so that it can leave
 * deep matching loops without every helper declaring it; callers treat it as "no result", not an error.
 */
public final class RecognitionCancelledException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a fixed message; there is nothing more to say about a cancellation. */
    public RecognitionCancelledException() {
        super("recognition cancelled");
    }
}
