package aurum.editor.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

import aurum.editor.annotation.AnnotationEditor;

/** Accepts every open suggestion of the document, whatever its label, as one undoable step. */
public final class AcceptAllSuggestionsHandler extends AnnotationEditorHandler {

    @Override
    void run(AnnotationEditor editor, ExecutionEvent event) {
        editor.editing().acceptAllSuggestions();
    }
}
