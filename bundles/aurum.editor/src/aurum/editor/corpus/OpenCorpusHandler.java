package aurum.editor.corpus;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Open Corpus…: asks for a folder and opens it when it is a corpus (or was imported before);
 * any other folder goes through the {@link NewCorpusWizard}, which shows what would be imported and asks.
 */
public class OpenCorpusHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        DirectoryDialog dialog = new DirectoryDialog(window.getShell());
        dialog.setText("Open Corpus");
        dialog.setMessage("Choose a corpus folder (with corpus.json), or a folder of documents to import"
                + " into a new corpus in the workspace.");
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                CorpusActions.openOrAsk(window.getActivePage(), Path.of(chosen), true);
            } catch (PartInitException e) {
                throw new ExecutionException("Cannot show the corpus navigator", e);
            }
        }
        return null;
    }
}
