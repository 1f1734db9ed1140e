package aurum.editor.internal.handlers;

/** Annotate › Mark Document Done (Ctrl+Enter): the editor's document, or the Corpus view's selection. */
public final class MarkDoneHandler extends DocumentStateHandler {

    /** Marks done. */
    public MarkDoneHandler() {
        super(true);
    }
}
