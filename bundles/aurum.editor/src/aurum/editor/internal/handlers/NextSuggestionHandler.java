package aurum.editor.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

import aurum.editor.annotation.AnnotationEditor;

/** Selects the next suggestion, wrapping around. */
public final class NextSuggestionHandler extends AnnotationEditorHandler {

    @Override
    void run(AnnotationEditor editor, ExecutionEvent event) {
        editor.navigation().nextSuggestion();
    }
}
