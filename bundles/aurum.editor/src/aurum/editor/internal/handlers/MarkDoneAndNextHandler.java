package aurum.editor.internal.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;

import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.navigator.DocumentRow;
import aurum.editor.navigator.NextDocument;

/**
 * Annotate › Mark Done and Next (Ctrl+Shift+Enter): marks the editor's document done, opens the next
 * document to do in the Corpus view's order ({@link NextDocument}) and closes the finished one.
 */
public final class MarkDoneAndNextHandler extends AnnotationEditorHandler {

    @Override
    void run(AnnotationEditor editor, ExecutionEvent event) {
        if (!editor.lifecycle().isFinished() && !editor.lifecycle().markDone()) {
            return;
        }
        IWorkbenchPage page = editor.getSite().getPage();
        String id = editor.documentInput().documentId();
        CorpusNavigatorView navigator = page.findView(CorpusNavigatorView.ID) instanceof CorpusNavigatorView n ? n : null;
        if (navigator == null || navigator.store() == null || !navigator.store().directory().toAbsolutePath()
                .normalize().equals(editor.documentInput().corpus())) {
            editor.state().status("Marked done. Open this document's corpus in the Corpus view to move on to the"
                    + " next document from here.");
            return;
        }
        List<DocumentRow> rows = navigator.visibleDocuments();
        Optional<DocumentRow> next = NextDocument.after(rows.isEmpty() ? navigator.documents() : rows, id,
                navigator.assignments().documentsOf(editor.annotator()));
        if (next.isEmpty()) {
            editor.state().status("Marked done. There is no other document left to do"
                    + (navigator.assignments().documentsOf(editor.annotator()).isEmpty() ? "" : " of those assigned to you")
                    + (rows.size() < navigator.documents().size() ? " among those the Corpus view's filter shows" : "")
                    + ".");
            return;
        }
        if (navigator.openDocument(next.get()) != null) {
            page.closeEditor(editor, false);
        }
    }
}
