package aurum.corpus.store;

import java.io.IOException;

/**
 * A corpus file could not be read or written. A checked {@link IOException} so callers cannot forget
 * that disks fail; the message always names the file and says what the user can do about it.
 */
public class CorpusStoreException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception whose message names the file and the remedy. */
    public CorpusStoreException(String message) {
        super(message);
    }

    /** Creates an exception keeping the low-level cause for the log. */
    public CorpusStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
