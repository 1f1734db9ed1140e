package aurum.editor.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

import aurum.editor.curation.CurationCommands;

/** Selects the previous open disagreement (Alt+Up in the curation editor). */
public final class PreviousDisagreementHandler extends CurationHandler {

    @Override
    void run(CurationCommands commands, ExecutionEvent event) {
        commands.previous();
    }
}
