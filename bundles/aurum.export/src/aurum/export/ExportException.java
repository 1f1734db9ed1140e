package aurum.export;

/**
 * An export that could not be completed: bad options, an unreadable corpus file, an overlap under
 * {@link OverlapPolicy#FAIL}. The message names the document or file and says what to do. Nothing is
 * left at the output folder when it is thrown.
 */
public class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
