package aurum.editor.internal.handlers;

/** Annotate › Reopen Document: takes the editor's document, or the Corpus view's selection, back to in progress. */
public final class ReopenHandler extends DocumentStateHandler {

    /** Reopens. */
    public ReopenHandler() {
        super(false);
    }
}
