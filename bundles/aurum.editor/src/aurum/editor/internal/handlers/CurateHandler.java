package aurum.editor.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.curation.CurationInput;
import aurum.editor.input.CorpusDocumentInput;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.navigator.DocumentRow;

/**
 * Opens the curation editor over every annotator who has a layer on the document: the documents selected
 * in the corpus navigator, or else the document of the active annotation editor. Reading the layers
 * happens in the editor's opening job.
 */
public final class CurateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        try {
            if (part instanceof CorpusNavigatorView navigator && navigator.store() != null) {
                for (Object element : HandlerUtil.getCurrentStructuredSelection(event).toList()) {
                    if (element instanceof DocumentRow row) {
                        page.openEditor(new CurationInput(navigator.store().directory(), row.id(), row.title(),
                                List.of()), CurationInput.EDITOR_ID);
                    }
                }
            } else if (part instanceof AnnotationEditor editor) {
                CorpusDocumentInput document = editor.documentInput();
                page.openEditor(new CurationInput(document.corpus(), document.documentId(), document.getName(),
                        List.of()), CurationInput.EDITOR_ID);
            }
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the curation editor: " + e.getMessage(), e);
        }
        return null;
    }
}
