package aurum.corpus.importer;

/**
 * Bad input that stops an import. The message always names the file, the line (and column or byte
 * offset where known) and what the user can do about it, because the user has to fix the file and
 * cannot see the importer's state.
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final long column;
    private final long byteOffset;

    private ImportException(String file, long line, long column, long byteOffset, String problem, String remedy,
            Throwable cause) {
        super(format(file, line, column, byteOffset, problem, remedy), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.byteOffset = byteOffset;
    }

    /** A problem on a line (and column, if positive) of a text file; line 0 means the whole file. */
    public static ImportException atLine(String file, long line, long column, String problem, String remedy) {
        return new ImportException(file, line, column, -1, problem, remedy, null);
    }

    /** Like {@link #atLine} with the exception that revealed the problem. */
    public static ImportException atLine(String file, long line, long column, String problem, String remedy,
            Throwable cause) {
        return new ImportException(file, line, column, -1, problem, remedy, cause);
    }

    /** A problem at a byte offset of a file that has no meaningful lines, such as binary content. */
    public static ImportException atByte(String file, long byteOffset, String problem, String remedy) {
        return new ImportException(file, 0, 0, byteOffset, problem, remedy, null);
    }

    /** The file (or archive entry) that holds the problem. */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when not known or not meaningful. */
    public long line() {
        return line;
    }

    /** The 1-based column, or 0 when not known. */
    public long column() {
        return column;
    }

    /** The byte offset from the start of the file, or -1 when the problem is reported by line. */
    public long byteOffset() {
        return byteOffset;
    }

    private static String format(String file, long line, long column, long byteOffset, String problem,
            String remedy) {
        StringBuilder message = new StringBuilder(file);
        if (line > 0) {
            message.append(", line ").append(line);
            if (column > 0) {
                message.append(", column ").append(column);
            }
        }
        if (byteOffset >= 0) {
            message.append(", byte offset ").append(byteOffset);
        }
        return message.append(": ").append(problem).append(". ").append(remedy).toString();
    }
}
