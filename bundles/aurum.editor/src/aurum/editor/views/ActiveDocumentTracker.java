package aurum.editor.views;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

import aurum.editor.model.AnnotatedDocument;

/**
 * Follows the page's active editor and tells its owner whenever the {@link AnnotatedDocument} it adapts
 * to changes (including to {@code null} when no annotation editor is open), and relays that document's
 * layer and selection notifications. Views never depend on the editor's classes, only on the adapter.
 */
public final class ActiveDocumentTracker {

    private final IWorkbenchPage page;
    private final Consumer<AnnotatedDocument> documentChanged;
    private final AnnotatedDocument.Listener relay;
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            update();
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            update();
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            update();
        }

        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            update();
        }

        /** The annotation editor fires this once its document is loaded, when it starts to adapt. */
        @Override
        public void partInputChanged(IWorkbenchPartReference ref) {
            update();
        }
    };
    private AnnotatedDocument current;

    /**
     * @param page            the page whose editors to follow
     * @param documentChanged told the new document (or {@code null}) when the active one changes
     * @param relay           told about layer and selection changes of the current document
     */
    public ActiveDocumentTracker(IWorkbenchPage page, Consumer<AnnotatedDocument> documentChanged,
            AnnotatedDocument.Listener relay) {
        this.page = page;
        this.documentChanged = documentChanged;
        this.relay = relay;
    }

    /** Starts following and reports the document of the editor active now. */
    public void start() {
        page.addPartListener(partListener);
        update();
    }

    /** Stops following and detaches from the current document. */
    public void stop() {
        page.removePartListener(partListener);
        if (current != null) {
            current.removeListener(relay);
            current = null;
        }
    }

    /** The document of the active annotation editor, or {@code null} when there is none. */
    public AnnotatedDocument current() {
        return current;
    }

    /** Re-reads the active editor; called on every part event because the active editor may have changed. */
    public void update() {
        IEditorPart editor = page.getActiveEditor();
        AnnotatedDocument next = editor == null ? null : editor.getAdapter(AnnotatedDocument.class);
        if (next == current) {
            return;
        }
        if (current != null) {
            current.removeListener(relay);
        }
        current = next;
        if (current != null) {
            current.addListener(relay);
        }
        documentChanged.accept(current);
    }
}
