package aurum.editor.server;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import aurum.editor.corpus.Workspace;
import aurum.editor.identity.AnnotatorIdentity;
import aurum.editor.internal.session.UnsentEdits;
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
            String connected = warning != null ? warning : "Connected to " + corpus.describe() + ".";
            navigator.showStatus(connected);
            offerKeptEdits(navigator, corpus, connected);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot show the corpus navigator", e);
        }
    }

    /**
     * Says which documents have edits kept on this computer by an editor that closed while the server could not
     * be reached: opening one sends them (looked up off the UI thread).
     */
    private static void offerKeptEdits(CorpusNavigatorView navigator, ServerCorpus corpus, String connected) {
        Display display = navigator.getSite().getShell().getDisplay();
        Job job = Job.create("Looking for edits kept on this computer", (IProgressMonitor monitor) -> {
            List<String> waiting;
            try {
                waiting = UnsentEdits.documents(UnsentEdits.folder(corpus.directory()));
            } catch (IOException e) {
                return Status.warning("Cannot look for edits kept on this computer in " + corpus.directory(), e);
            }
            if (!waiting.isEmpty()) {
                String line = connected + " Edits kept on this computer wait to be sent for " + String.join(", ", waiting)
                        + ": open " + (waiting.size() == 1 ? "it" : "them") + " to send them.";
                display.asyncExec(() -> {
                    if (!navigator.viewer().getControl().isDisposed() && navigator.store() == corpus) {
                        navigator.showStatus(line);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }
}
