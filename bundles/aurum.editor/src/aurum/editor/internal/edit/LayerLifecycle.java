package aurum.editor.internal.edit;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.IStatus;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.lifecycle.DocumentLifecycle;
import aurum.editor.internal.session.LayerEditOperation;

/**
 * Mark Document Done and Reopen Document in an open editor: each is one undoable step in the editor's
 * history (Ctrl+Z right after marking a document done reopens it), saved like an edit. The rules are those
 * of the headless {@link DocumentLifecycle}: annotator layers end in DONE, gold in CURATED.
 */
public final class LayerLifecycle {

    /** Said when an edit meets a finished layer. */
    public static final String FINISHED = "This document is marked done, so its spans are not changed."
            + " Annotate > Reopen Document opens it again (Ctrl+Z right after marking it does too).";

    private final EditHost host;

    /** Changes the state of {@code host}'s layer. */
    public LayerLifecycle(EditHost host) {
        this.host = host;
    }

    /** Marks the layer finished; says so when it already is. */
    public boolean markDone() {
        LayerState finished = DocumentLifecycle.finished(owner());
        if (state() == finished) {
            host.status("This document is already marked " + describe(finished) + ".");
            return false;
        }
        return run("Mark Document " + (owner().isGold() ? "Curated" : "Done"), finished);
    }

    /** Reopens a finished layer (back to in progress); says so when it is not finished. */
    public boolean reopen() {
        if (!isFinished()) {
            host.status("This document is not marked done; there is nothing to reopen.");
            return false;
        }
        return run("Reopen Document", LayerState.IN_PROGRESS);
    }

    /** Whether the layer is finished (an annotator's DONE); its spans are then not edited. */
    public boolean isFinished() {
        return state() == LayerState.DONE;
    }

    /** A state in the annotator's words: new, in progress, done, curated. */
    public static String describe(LayerState state) {
        return switch (state) {
        case NEW -> "new";
        case IN_PROGRESS -> "in progress";
        case DONE -> "done";
        case CURATED -> "curated";
        };
    }

    private LayerOwner owner() {
        return host.session().layer().owner();
    }

    private LayerState state() {
        return host.session().layer().state();
    }

    private boolean run(String label, LayerState after) {
        LayerEditOperation operation = LayerEditOperation.stateChange(label, host.undoContext(), host.session(),
                state(), after, host.observer());
        try {
            return OperationHistoryFactory.getOperationHistory().execute(operation, null, null)
                    .getSeverity() == IStatus.OK;
        } catch (ExecutionException e) {
            host.status(label + " failed: " + e.getMessage());
            return false;
        }
    }
}
