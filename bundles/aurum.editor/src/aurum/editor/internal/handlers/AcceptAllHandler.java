package aurum.editor.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

import aurum.editor.annotation.AnnotationEditor;

/** Accepts every suggestion with the label of the selected span, as one undoable step. */
public final class AcceptAllHandler extends AnnotationEditorHandler {

    @Override
    void run(AnnotationEditor editor, ExecutionEvent event) {
        selected(editor).ifPresent(span -> editor.editing().acceptAll(span.labelId()));
    }
}
