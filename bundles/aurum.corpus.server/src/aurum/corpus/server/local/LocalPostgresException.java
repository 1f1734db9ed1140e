package aurum.corpus.server.local;

/** A local PostgreSQL server could not be created, started or stopped; the message says what to do. */
public final class LocalPostgresException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message for the user. */
    public LocalPostgresException(String message) {
        super(message);
    }

    /** Creates the exception keeping the low-level cause for the log. */
    public LocalPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}
