package aurum.editor.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

import aurum.editor.curation.CurationCommands;

/** Selects the next open disagreement (Alt+Down in the curation editor). */
public final class NextDisagreementHandler extends CurationHandler {

    @Override
    void run(CurationCommands commands, ExecutionEvent event) {
        commands.next();
    }
}
