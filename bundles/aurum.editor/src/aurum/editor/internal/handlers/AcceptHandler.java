package aurum.editor.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

import aurum.editor.annotation.AnnotationEditor;

/** Accepts the selected suggestion and moves to the next one (Enter). */
public final class AcceptHandler extends AnnotationEditorHandler {

    @Override
    void run(AnnotationEditor editor, ExecutionEvent event) {
        selected(editor).ifPresent(editor.editing()::accept);
    }
}
