package aurum.export.ui.model;

/**
 * A line for the wizard's message area.
 *
 * @param severity whether it stops the wizard
 * @param text what is wrong, starting with the field's name
 */
public record Message(Severity severity, String text) {

    /** Whether a message stops the wizard or only informs. */
    public enum Severity {
        /** the page cannot be completed */
        ERROR,
        /** the page can be completed, but the user should know */
        WARNING
    }

    /** Whether this stops the wizard. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
