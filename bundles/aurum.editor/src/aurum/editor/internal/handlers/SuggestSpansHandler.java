package aurum.editor.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import aurum.corpus.store.CorpusStore;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.corpus.CorpusActions;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.navigator.DocumentRow;

/**
 * Annotate &gt; Suggest Spans: in an annotation (or curation) editor, its document; in the corpus navigator, the selected
 * documents, or all when none is selected; elsewhere every document of the navigator's corpus.
 */
public final class SuggestSpansHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IWorkbenchPage page = window.getActivePage();
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        CorpusNavigatorView navigator = page.findView(CorpusNavigatorView.ID) instanceof CorpusNavigatorView n ? n : null;
        CorpusStore store = navigator == null ? null : navigator.store();
        List<String> ids = new ArrayList<>();
        if (part instanceof AnnotationEditor editor) {
            if (store == null || !store.directory().toAbsolutePath().normalize()
                    .equals(editor.documentInput().corpus().toAbsolutePath().normalize())) {
                MessageDialog.openInformation(window.getShell(), "Suggest Spans", "This document's corpus is not the"
                        + " one open in the Corpus view. Open its corpus there (File > Open Corpus…) and try again.");
                return null;
            }
            ids.add(editor.documentInput().documentId());
        } else if (part == navigator && store != null) {
            for (Object element : HandlerUtil.getCurrentStructuredSelection(event).toList()) {
                if (element instanceof DocumentRow row) {
                    ids.add(row.id());
                }
            }
        }
        if (store == null) {
            MessageDialog.openInformation(window.getShell(), "Suggest Spans",
                    "Open a corpus first (File > Open Corpus…); suggestions are made for the open corpus.");
            return null;
        }
        CorpusActions.suggest(page, store, ids);
        return null;
    }
}
