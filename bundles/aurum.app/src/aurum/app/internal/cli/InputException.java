package aurum.app.internal.cli;

/** Bad input or a refused operation that is not a usage error: one line on standard error and exit code 2. */
final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }
}
