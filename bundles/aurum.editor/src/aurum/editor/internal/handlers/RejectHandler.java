package aurum.editor.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

import aurum.editor.annotation.AnnotationEditor;

/** Rejects the selected suggestion and moves to the next one. */
public final class RejectHandler extends AnnotationEditorHandler {

    @Override
    void run(AnnotationEditor editor, ExecutionEvent event) {
        selected(editor).ifPresent(editor.editing()::reject);
    }
}
