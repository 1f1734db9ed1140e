package aurum.editor.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

import aurum.editor.curation.CurationCommands;

/** Settles the disagreement under the caret by keeping none of the versions (0 or Backspace). */
public final class RejectVersionsHandler extends CurationHandler {

    @Override
    void run(CurationCommands commands, ExecutionEvent event) {
        commands.rejectAll();
    }
}
