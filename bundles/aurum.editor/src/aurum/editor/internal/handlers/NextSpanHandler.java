package aurum.editor.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

import aurum.editor.annotation.AnnotationEditor;

/** Selects the next span. */
public final class NextSpanHandler extends AnnotationEditorHandler {

    @Override
    void run(AnnotationEditor editor, ExecutionEvent event) {
        editor.navigation().next();
    }
}
