package aurum.editor.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Import Files… and Import Folder…: adds documents to the open corpus. The command parameter
 * {@value #KIND} chooses between files (text, zip, JSONL, brat, CoNLL) and a folder of them.
 */
public class ImportHandler extends AbstractHandler {

    /** The command parameter: {@code files} or {@code folder}. */
    public static final String KIND = "aurum.editor.import.kind";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        List<Path> sources = new ArrayList<>();
        if ("folder".equals(event.getParameter(KIND))) {
            DirectoryDialog dialog = new DirectoryDialog(window.getShell());
            dialog.setText("Import Folder");
            dialog.setMessage("Choose a folder of text files, or of brat .txt/.ann pairs.");
            String chosen = dialog.open();
            if (chosen != null) {
                sources.add(Path.of(chosen));
            }
        } else {
            FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
            dialog.setText("Import Files");
            dialog.setFilterNames(new String[] { "Importable files", "All files" });
            dialog.setFilterExtensions(new String[] { "*.txt;*.zip;*.jsonl;*.ann;*.conll;*.conllu", "*" });
            if (dialog.open() != null) {
                for (String name : dialog.getFileNames()) {
                    sources.add(Path.of(dialog.getFilterPath(), name));
                }
            }
        }
        if (sources.isEmpty()) {
            return null;
        }
        try {
            if (CorpusActions.importInto(window.getActivePage(), sources) == null) {
                MessageDialog.openInformation(window.getShell(), "Import",
                        "Open a corpus first (File > Open Corpus…); documents are imported into the open corpus.");
            }
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot show the corpus navigator", e);
        }
        return null;
    }
}
