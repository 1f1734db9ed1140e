package aurum.agreement.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import aurum.agreement.ui.AgreementView;

/** Window > Show Agreement: opens (or brings forward) the Agreement view. */
public final class ShowAgreementHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(AgreementView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the Agreement view: " + e.getMessage(), e);
        }
        return null;
    }
}
