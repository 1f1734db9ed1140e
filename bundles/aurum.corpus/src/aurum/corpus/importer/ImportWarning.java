package aurum.corpus.importer;

import java.util.Objects;

/**
 * Something an importer worked around rather than refused, kept so the user can review the guess
 * (a fallback encoding, a skipped annotation) instead of finding out from odd results later.
 *
 * @param file the file (or archive entry) the warning is about
 * @param line the 1-based line, or 0 when the warning is about the whole file
 * @param message what happened and what the user may want to check
 */
public record ImportWarning(String file, long line, String message) {

    /** Checks the fields. */
    public ImportWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return line > 0 ? file + ", line " + line + ": " + message : file + ": " + message;
    }
}
