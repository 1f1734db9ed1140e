package aurum.export;

/**
 * The requested split shares cannot be met within {@link SplitRules#TOLERANCE} because of the sizes of
 * the groups that must stay in one split; thrown before anything is written. The message gives the
 * group sizes, the shares that would be achieved, and what to do.
 */
public class SplitNotPossibleException extends ExportException {

    private static final long serialVersionUID = 1L;

    private final transient SplitReport report;

    public SplitNotPossibleException(String message, SplitReport report) {
        super(message);
        this.report = report;
    }

    /** The shares that would have been achieved, and the group sizes. */
    public SplitReport report() {
        return report;
    }
}
