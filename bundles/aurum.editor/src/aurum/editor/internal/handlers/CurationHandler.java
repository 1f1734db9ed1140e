package aurum.editor.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import aurum.editor.curation.CurationCommands;
import aurum.editor.curation.CurationEditor;

/** Base of the curation keys' handlers: finds the active, loaded curation editor and runs one command. */
abstract class CurationHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof CurationEditor editor && editor.isLoaded()
                && editor.commands() != null) {
            run(editor.commands(), event);
        }
        return null;
    }

    /** Does the command's work. */
    abstract void run(CurationCommands commands, ExecutionEvent event);
}
