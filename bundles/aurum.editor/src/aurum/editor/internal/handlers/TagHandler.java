package aurum.editor.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.internal.edit.HotkeyListener;

/** Tags the selection with the label given as parameter, or relabels the selected span (label hotkeys). */
public final class TagHandler extends AnnotationEditorHandler {

    @Override
    void run(AnnotationEditor editor, ExecutionEvent event) {
        String label = event.getParameter(HotkeyListener.LABEL_PARAMETER);
        if (label != null) {
            editor.editing().tagSelection(label);
        }
    }
}
