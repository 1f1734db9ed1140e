package aurum.editor.internal.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.corpus.DocumentStateActions;
import aurum.editor.identity.AnnotatorIdentity;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.navigator.DocumentRow;

/**
 * Mark Document Done and Reopen Document: in an annotation editor its document, in the Corpus view the
 * selected documents (for the annotator whose states it shows).
 */
abstract class DocumentStateHandler extends AbstractHandler {

    private final boolean finish;

    DocumentStateHandler(boolean finish) {
        this.finish = finish;
    }

    @Override
    public final Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof CorpusNavigatorView navigator) {
            inNavigator(navigator, event);
        } else if (part instanceof AnnotationEditor editor && editor.isLoaded()) {
            if (finish) {
                editor.lifecycle().markDone();
            } else {
                editor.lifecycle().reopen();
            }
        }
        return null;
    }

    private void inNavigator(CorpusNavigatorView navigator, ExecutionEvent event) throws ExecutionException {
        List<String> ids = new ArrayList<>();
        for (Object element : HandlerUtil.getCurrentStructuredSelection(event).toList()) {
            if (element instanceof DocumentRow row) {
                ids.add(row.id());
            }
        }
        if (navigator.store() == null || ids.isEmpty()) {
            navigator.showStatus("Select the documents to " + (finish ? "mark done" : "reopen") + " first.");
            return;
        }
        Optional<String> annotator = AnnotatorIdentity.askIfUnknown(HandlerUtil.getActiveShellChecked(event));
        if (annotator.isEmpty()) {
            navigator.showStatus("Nobody is named as the annotator, so no document changed.");
            return;
        }
        DocumentStateActions.change(navigator.getSite().getPage(), navigator.store(), annotator.get(), ids, finish,
                message -> {
                    navigator.showStatus(message);
                    navigator.refresh();
                });
    }
}
