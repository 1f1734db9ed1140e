package aurum.app.internal.cli;

/** Wrong or missing arguments; the command line prints the message and the command's usage. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
