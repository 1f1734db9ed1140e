package aurum.editor.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;

import aurum.editor.internal.timing.PhaseTimes;
import aurum.editor.model.AnnotatedDocument;

/**
 * A view about the document of the active annotation editor. It shows "No annotation editor open" while
 * there is none, and otherwise the content its subclass builds; subclasses react to
 * {@link #showDocument}, {@link #layerChanged} and {@link #selectionChanged}, all on the UI thread.
 */
public abstract class AnnotatedDocumentView extends ViewPart {

    /** What a view shows when no annotation editor is active. */
    public static final String NO_EDITOR = "No annotation editor open. Open a document from the Corpus view.";

    private PageBook book;
    private Label emptyPage;
    private Control contentPage;
    private ActiveDocumentTracker tracker;
    private boolean layerChangePending;
    private final PhaseTimes times = new PhaseTimes();

    @Override
    public final void createPartControl(Composite parent) {
        book = new PageBook(parent, SWT.NONE);
        Composite empty = new Composite(book, SWT.NONE);
        empty.setLayout(new FillLayout());
        emptyPage = new Label(empty, SWT.WRAP);
        emptyPage.setText(NO_EDITOR);
        contentPage = createContent(book);
        tracker = new ActiveDocumentTracker(getSite().getPage(), this::documentSwitched,
                new AnnotatedDocument.Listener() {
                    @Override
                    public void layerChanged(AnnotatedDocument document) {
                        layerChangedLater(document);
                    }

                    @Override
                    public void selectionChanged(AnnotatedDocument document) {
                        if (!book.isDisposed()) {
                            times.time("selection changed", () -> AnnotatedDocumentView.this.selectionChanged(document));
                        }
                    }
                });
        tracker.start();
        // the tracker reports only changes; with no editor at creation nothing changed, yet a page must show
        if (tracker.current() == null) {
            documentSwitched(null);
        }
    }

    private void documentSwitched(AnnotatedDocument document) {
        if (book.isDisposed()) {
            return;
        }
        book.showPage(document == null ? emptyPage.getParent() : contentPage);
        times.time("show document", () -> showDocument(document));
    }

    /**
     * Passes a layer change on after the current event: the keystroke that changed the layer is handled
     * and painted first (a view going over 100k spans must not delay it), and a bulk edit that notifies
     * many times is shown once.
     */
    private void layerChangedLater(AnnotatedDocument document) {
        if (book.isDisposed() || layerChangePending) {
            return;
        }
        layerChangePending = true;
        book.getDisplay().asyncExec(() -> {
            layerChangePending = false;
            if (!book.isDisposed() && document == document()) {
                times.time("layer changed", () -> layerChanged(document));
            }
        });
    }

    /** Builds the view's content as a child of {@code parent} and returns it. */
    protected abstract Control createContent(Composite parent);

    /** Shows {@code document}, or clears the content when it is {@code null}. */
    protected abstract void showDocument(AnnotatedDocument document);

    /**
     * The layer of the shown document changed; called once per burst of changes, after the event that
     * made them. By default the document is shown again.
     */
    protected void layerChanged(AnnotatedDocument document) {
        showDocument(document);
    }

    /** The selected spans of the shown document changed. */
    protected void selectionChanged(AnnotatedDocument document) {
    }

    /** The document of the active annotation editor, or {@code null}. */
    public AnnotatedDocument document() {
        return tracker == null ? null : tracker.current();
    }

    /**
     * How long this view last took, on the UI thread, to show a document, follow a layer change and follow
     * the selection; for the editor scale benchmark, not API.
     */
    public PhaseTimes times() {
        return times;
    }

    /** Whether the "no annotation editor open" page is showing. */
    public boolean showsNoEditorPage() {
        return emptyPage.getParent().isVisible();
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.stop();
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        book.setFocus();
    }
}
