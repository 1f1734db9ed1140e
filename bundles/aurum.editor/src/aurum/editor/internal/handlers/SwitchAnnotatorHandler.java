package aurum.editor.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import aurum.editor.identity.AnnotatorIdentity;

/**
 * Annotate › Switch Annotator…: asks who is annotating; open annotation editors re-open under the new name
 * and the Corpus view shows that annotator's states.
 */
public final class SwitchAnnotatorHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        AnnotatorIdentity.ask(HandlerUtil.getActiveShellChecked(event));
        return null;
    }
}
