package aurum.editor.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

import aurum.editor.annotation.AnnotationEditor;

/** Deletes the selected span; a suggestion is rejected instead. */
public final class DeleteSpanHandler extends AnnotationEditorHandler {

    @Override
    void run(AnnotationEditor editor, ExecutionEvent event) {
        selected(editor).ifPresent(editor.editing()::delete);
    }
}
