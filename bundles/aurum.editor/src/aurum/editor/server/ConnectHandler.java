package aurum.editor.server;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import aurum.editor.corpus.Workspace;
import aurum.editor.identity.AnnotatorIdentity;
import aurum.editor.navigator.CorpusNavigatorView;

/**
 * File &gt; Connect to Team Server…: asks for the login in the {@link ConnectDialog} and shows the server's
 * corpus in the Corpus navigator, annotating as the login (the server lets each person write only their
 * own layer).
 */
public class ConnectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        String[] warning = {null};
        ConnectDialog dialog = new ConnectDialog(window.getShell(), new SavedLogins(SecurePreferencesFactory.getDefault()),
                Workspace.folder(), w -> warning[0] = w);
        if (dialog.open() == ConnectDialog.OK && dialog.connected() != null) {
            show(window, dialog.connected(), warning[0]);
        }
        return null;
    }

    /** Shows {@code corpus} in the window's navigator, as the login's annotator. */
    public static void show(IWorkbenchWindow window, ServerCorpus corpus, String warning) throws ExecutionException {
        try {
            String user = corpus.serverStore().server().user();
            if (AnnotatorIdentity.problem(user) == null) {
                AnnotatorIdentity.set(user); // the server lets each person write only the layer named like their login
            }
            CorpusNavigatorView navigator = (CorpusNavigatorView) window.getActivePage().showView(CorpusNavigatorView.ID);
            navigator.showCorpus(corpus);
            navigator.showStatus(warning != null ? warning : "Connected to " + corpus.describe() + ".");
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot show the corpus navigator", e);
        }
    }
}
