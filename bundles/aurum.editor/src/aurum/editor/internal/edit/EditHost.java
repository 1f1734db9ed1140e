package aurum.editor.internal.edit;

import org.eclipse.core.commands.operations.IUndoContext;

import aurum.core.model.LabelSet;
import aurum.editor.internal.session.LayerEditOperation;
import aurum.editor.internal.session.LayerSession;
import aurum.editor.internal.timing.PhaseTimes;

/** What span editing and navigation need from the editor, so that they can live in their own classes. */
public interface EditHost {

    /** The open layer session. */
    LayerSession session();

    /** The corpus label set. */
    LabelSet labels();

    /** The text selection as {@code {offset, length}}. */
    int[] selection();

    /** Selects {@code [offset, offset + length)} and scrolls it into view. */
    void select(int offset, int length);

    /** The annotator's name, recorded on the spans they make. */
    String annotator();

    /** Whether selections snap to token boundaries. */
    boolean snapToTokens();

    /** The editor's undo context. */
    IUndoContext undoContext();

    /** Told about every run of an edit operation. */
    LayerEditOperation.Observer observer();

    /** Where editing spends its time, for the scale benchmark. */
    PhaseTimes times();

    /** Shows a short message in the status line (e.g. why nothing happened). */
    void status(String message);
}
