package aurum.editor.problems;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import aurum.core.model.Document;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.validation.Severity;
import aurum.editor.model.AnnotatedDocument;
import aurum.editor.views.AnnotatedDocumentView;

/**
 * Validation and consistency findings of the active document, found in a {@link Job} on a copy of the
 * spans after every change; double-click or Enter reveals the span. A view of its own rather than
 * workspace markers, because documents live in a corpus store, not in workspace resources.
 */
public class ProblemsView extends AnnotatedDocumentView {

    /** The view id, as contributed in plugin.xml. */
    public static final String ID = "aurum.editor.problems";

    /**
     * At most this many findings are listed (errors before warnings, each by offset), as the Eclipse
     * Problems view limits its items: a table of tens of thousands of rows takes GTK seconds to fill, and
     * nobody reads past the first screenfuls; the summary line gives the totals.
     */
    static final int SHOWN_LIMIT = 1_000;

    private TableViewer viewer;
    private List<Finding> all = List.of();
    private Job running;
    private long generation;
    private volatile boolean busy;

    @Override
    protected Control createContent(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Severity", 80, f -> f.severity() == Severity.ERROR ? "Error" : "Warning", f -> PlatformUI
                .getWorkbench().getSharedImages().getImage(f.severity() == Severity.ERROR
                        ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK));
        column("Message", 520, Finding::message, null);
        column("Offset", 60, f -> Integer.toString(f.offset()), null);
        column("Source", 90, Finding::source, null);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addOpenListener(e -> {
            if (((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement() instanceof Finding finding) {
                reveal(finding);
            }
        });
        getSite().setSelectionProvider(viewer);
        return viewer.getControl();
    }

    private void column(String title, int width, Function<Finding, String> text, Function<Finding, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Finding) element);
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply((Finding) element);
            }
        });
    }

    @Override
    protected void showDocument(AnnotatedDocument document) {
        if (running != null) {
            running.cancel();
        }
        long mine = ++generation;
        if (document == null) {
            show(List.of(), mine);
            return;
        }
        // the layer is not thread-safe: copy what the job needs here, on the UI thread
        Document text = document.document();
        LabelSet labels = document.labelSet();
        // a column-wise copy costs a few array copies; making 100k Span objects is left to the job
        Layer layer = document.layer().copy();
        busy = true;
        running = Job.create("Checking " + document.documentId(), (IProgressMonitor monitor) -> {
            List<Finding> findings = FindingCollector.collect(text, labels, layer.spans());
            if (!monitor.isCanceled() && !viewer.getControl().isDisposed()) {
                viewer.getControl().getDisplay().asyncExec(() -> show(findings, mine));
            }
            return Status.OK_STATUS;
        });
        running.setSystem(true);
        running.schedule(150);
    }

    private void show(List<Finding> findings, long mine) {
        if (viewer.getControl().isDisposed() || mine != generation) {
            return;
        }
        busy = false;
        all = findings;
        viewer.setInput(FindingCollector.listed(findings, SHOWN_LIMIT));
        Map<Severity, Long> counts = FindingCollector.counts(findings);
        setContentDescription(counts.getOrDefault(Severity.ERROR, 0L) + " errors, "
                + counts.getOrDefault(Severity.WARNING, 0L) + " warnings"
                + (findings.size() > SHOWN_LIMIT ? " (the first " + SHOWN_LIMIT + " are listed, errors first)" : ""));
    }

    /** Reveals the finding's span in the editor, if it is still in the layer. */
    public void reveal(Finding finding) {
        AnnotatedDocument document = document();
        if (document != null) {
            document.layer().find(finding.spanId()).ifPresent(document::reveal);
        }
    }

    /** All findings of the last check, listed or not. */
    public List<Finding> findings() {
        return all;
    }

    /** Whether a check is still running, so the findings shown may be old. */
    public boolean isChecking() {
        return busy;
    }

    /** The table, for tests. */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
