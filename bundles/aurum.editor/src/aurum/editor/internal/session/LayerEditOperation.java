package aurum.editor.internal.session;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStoreException;

/**
 * An undoable edit of the open layer: a list of {@link LayerChange}s applied (and then saved) together, so a
 * bulk action such as "accept all AMOUNT suggestions" is one step in Edit › Undo. Each run reports its
 * outcome or failure to {@code observer} so the editor can repaint and tell the user.
 */
public final class LayerEditOperation extends AbstractOperation {

    /** Told what happened after each execute, undo and redo; on the UI thread. */
    public interface Observer {
        /** The layer was changed and the change handed to the session's writer. */
        void applied(LayerEditOperation operation, boolean undone);

        /** The change could not be made; the layer is unchanged. */
        void failed(LayerEditOperation operation, CorpusStoreException failure);
    }

    private final LayerSession session;
    private final List<LayerChange> changes;
    private final Observer observer;
    /** For a change of the layer's state ({@link #stateChange}): {before, after}; otherwise null. */
    private final LayerState[] states;

    /**
     * @param label   shown in Edit › Undo, e.g. "Tag AMOUNT"
     * @param context the editor's undo context
     */
    public LayerEditOperation(String label, IUndoContext context, LayerSession session, List<LayerChange> changes,
            Observer observer) {
        this(label, context, session, changes, observer, null);
    }

    private LayerEditOperation(String label, IUndoContext context, LayerSession session, List<LayerChange> changes,
            Observer observer, LayerState[] states) {
        super(label);
        addContext(context);
        this.session = session;
        this.changes = List.copyOf(changes);
        this.observer = observer;
        this.states = states;
    }

    /**
     * An undoable change of the layer's state from {@code before} to {@code after} (Mark Document Done,
     * Reopen Document), with no span changed; undo puts {@code before} back.
     */
    public static LayerEditOperation stateChange(String label, IUndoContext context, LayerSession session,
            LayerState before, LayerState after, Observer observer) {
        return new LayerEditOperation(label, context, session, List.of(), observer, new LayerState[] {before, after});
    }

    /** The state this operation sets, or null when it changes spans. */
    public LayerState stateAfter() {
        return states == null ? null : states[1];
    }

    /** The changes in the order they are made. */
    public List<LayerChange> changes() {
        return changes;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return run(changes, false);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return run(changes, false);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        return run(LayerSession.inverse(changes), true);
    }

    private IStatus run(List<LayerChange> list, boolean undo) {
        try {
            if (states != null) {
                session.changeState(states[undo ? 0 : 1]);
            } else {
                session.apply(list);
            }
            observer.applied(this, undo);
            return Status.OK_STATUS;
        } catch (CorpusStoreException e) {
            observer.failed(this, e);
            // CANCEL leaves the history as it was without a second, modal report: the editor shows the message.
            return Status.CANCEL_STATUS;
        }
    }

    /** Runs {@code action} for each change; for tests and listeners that need the affected ranges. */
    public void forEachChange(Consumer<LayerChange> action) {
        changes.forEach(action);
    }
}
