package aurum.app.internal.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > User Guide: shows the user guide view. */
public class UserGuideHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(UserGuideView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot show the user guide: " + e.getMessage(), e);
        }
        return null;
    }
}
