package aurum.editor.internal.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import aurum.core.model.Span;
import aurum.editor.annotation.AnnotationEditor;

/**
 * Base of the annotation editor's handlers: finds the active, loaded editor and hands it to
 * {@link #run}, so each handler is the one line that says what its command does.
 */
abstract class AnnotationEditorHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof AnnotationEditor editor && editor.isLoaded()) {
            run(editor, event);
        }
        return null;
    }

    /** Does the command's work in {@code editor}. */
    abstract void run(AnnotationEditor editor, ExecutionEvent event);

    /** The span the selection points at (the innermost under the caret), if any. */
    static Optional<Span> selected(AnnotationEditor editor) {
        return editor.state().selectedSpans().stream().reduce((outer, inner) -> inner);
    }
}
