package aurum.export;

/**
 * An export stopped before writing anything because it would be useless: no span selected, or a split
 * left empty. Carries the {@link ExportPreview} so that the command line and the wizard can say, in their
 * own words, which choice to change.
 */
public final class NothingToExportException extends ExportException {

    private static final long serialVersionUID = 1L;

    /** Why nothing would be exported. */
    public enum Reason {
        /** No document has the chosen layer in a chosen state. */
        NO_DOCUMENTS,
        /** Documents are selected, but none holds a span of the chosen labels. */
        NO_SPANS,
        /** A split would get no document. */
        EMPTY_SPLIT
    }

    private final Reason reason;
    private final transient ExportPreview preview;

    /** @param message a sentence that names no command-line option, for any caller */
    public NothingToExportException(Reason reason, ExportPreview preview, String message) {
        super(message);
        this.reason = reason;
        this.preview = preview;
    }

    /** Why. */
    public Reason reason() {
        return reason;
    }

    /** The counts of the first pass. */
    public ExportPreview preview() {
        return preview;
    }
}
