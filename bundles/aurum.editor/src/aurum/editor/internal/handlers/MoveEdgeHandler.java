package aurum.editor.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.internal.edit.SpanEditing;

/** Moves the start or end of the selected span one token left or right (parameters edge and direction). */
public final class MoveEdgeHandler extends AnnotationEditorHandler {

    /** Parameter: {@code start} or {@code end}. */
    public static final String EDGE = "aurum.editor.moveEdge.edge";
    /** Parameter: {@code left} or {@code right}. */
    public static final String DIRECTION = "aurum.editor.moveEdge.direction";

    @Override
    void run(AnnotationEditor editor, ExecutionEvent event) {
        SpanEditing.Edge edge = "end".equals(event.getParameter(EDGE)) ? SpanEditing.Edge.END : SpanEditing.Edge.START;
        editor.editing().moveEdge(edge, "right".equals(event.getParameter(DIRECTION)));
    }
}
