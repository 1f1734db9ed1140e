package aurum.corpus.importer;

import java.util.Objects;

/**
 * Something an importer worked around rather than refused, kept so the user can review the guess
 * (a fallback encoding, an offset unit that looks wrong) or see what the input held that Aurum does not
 * (relations, events, notes on them): nothing is left out of an import without one of these. A warning
 * with a {@link #count()} above 0 says how many things of one {@link #kind()} were left out of the file;
 * the import's summary line adds them up per kind and its report lists every warning (docs/FORMATS.md).
 *
 * @param file the file (or archive entry) the warning is about
 * @param line the 1-based line, or 0 when the warning is about the whole file
 * @param message what happened and what the user may want to check
 * @param kind a short stable name for what was left out ({@code relation}, {@code event}, …), or
 *        {@link #WARNING} for a warning that leaves nothing out
 * @param count how many things of {@code kind} were left out; 0 for a plain warning
 */
public record ImportWarning(String file, long line, String message, String kind, long count) {

    /** The kind of a warning that leaves nothing out. */
    public static final String WARNING = "warning";

    /** Checks the fields. */
    public ImportWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(kind, "kind");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
    }

    /** A warning that leaves nothing out. */
    public ImportWarning(String file, long line, String message) {
        this(file, line, message, WARNING, 0);
    }

    /**
     * Says that {@code count} things of {@code kind} in {@code file} were not imported, and why.
     *
     * @param kind a short stable name, plural-free, such as {@code relation} or {@code zero-length-span}
     */
    public static ImportWarning skipped(String file, long line, String kind, long count, String message) {
        if (count <= 0) {
            throw new IllegalArgumentException("a skip counts at least one thing, not " + count);
        }
        return new ImportWarning(file, line, message, kind, count);
    }

    /** Whether this warning counts things that were left out. */
    public boolean isSkip() {
        return count > 0;
    }

    @Override
    public String toString() {
        return line > 0 ? file + ", line " + line + ": " + message : file + ": " + message;
    }
}
