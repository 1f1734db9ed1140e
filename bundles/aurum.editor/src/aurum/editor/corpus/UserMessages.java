package aurum.editor.corpus;

/**
 * Turns an unexpected exception into words for a dialog or the status line: its own message when it has
 * one, else what kind of failure it was, never a bare class name or "An internal error occurred".
 */
public final class UserMessages {

    private UserMessages() {
    }

    /** A sentence fragment saying what went wrong, e.g. {@code the disk is full (No space left on device)}. */
    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root
                && (root.getMessage() == null || root instanceof java.io.UncheckedIOException)) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String kind = switch (root) {
        case java.nio.file.AccessDeniedException a -> "permission denied";
        case java.nio.file.NoSuchFileException n -> "a file or folder is missing";
        case java.nio.file.FileSystemException f -> "the file system refused";
        case java.io.IOException io -> "reading or writing failed";
        case OutOfMemoryError oom -> "Aurum ran out of memory";
        default -> "an unexpected problem (" + root.getClass().getSimpleName() + ")";
        };
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
