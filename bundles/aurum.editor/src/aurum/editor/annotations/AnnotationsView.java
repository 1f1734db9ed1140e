package aurum.editor.annotations;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import aurum.core.model.Span;
import aurum.editor.model.AnnotatedDocument;
import aurum.editor.views.AnnotatedDocumentView;

/**
 * The spans of the active document in a sortable table. The table is virtual: only visible rows are
 * made, so layers of 100k spans stay responsive. Selecting a row reveals the span in the editor;
 * Enter accepts selected suggestions, Delete deletes the selected spans, and the context menu also
 * rejects suggestions and accepts all suggestions of a label.
 */
public class AnnotationsView extends AnnotatedDocumentView {

    /** The view id, as contributed in plugin.xml. */
    public static final String ID = "aurum.editor.annotations";

    /** How many rows the table grows by per event; see {@link #grow}. */
    static final int ROWS_PER_STEP = 10_000;

    private final SortedSpans spans = new SortedSpans();
    private TableViewer viewer;
    private String documentText = "";
    private boolean followingEditor;
    private boolean selectionPending;
    /** Counts reloads, so that a growing table stops when a newer reload starts. */
    private int generation;

    @Override
    protected Control createContent(Composite parent) {
        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setUseHashlookup(true);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (SpanColumn column : SpanColumn.values()) {
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column == SpanColumn.START
                    || column == SpanColumn.END ? SWT.RIGHT : SWT.LEFT);
            TableColumn tableColumn = viewerColumn.getColumn();
            tableColumn.setText(column.title());
            tableColumn.setWidth(column.width());
            tableColumn.setMoveable(true);
            tableColumn.addListener(SWT.Selection, e -> sortBy(column,
                    spans.column() == column ? !spans.ascending() : true));
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text((Span) element, documentText);
                }
            });
        }
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                Span span = index < spans.size() ? spans.at(index) : null;
                if (span != null) {
                    viewer.replace(span, index);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            }
        });
        viewer.setInput(spans);
        table.addListener(SWT.Selection, e -> revealSelected());
        table.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                deleteSelected();
            }
        });
        table.addListener(SWT.DefaultSelection, e -> acceptSelectedSuggestions());
        new SpanActions(this::document, this::selectedSpans).install(table);
        sortIndicator();
        getSite().setSelectionProvider(viewer);
        return table;
    }

    /** Sorts the table by {@code column}; clicking a header does the same, toggling the direction. */
    public void sortBy(SpanColumn column, boolean ascending) {
        List<Span> selected = selectedSpans();
        spans.sortBy(column, ascending, documentText);
        sortIndicator();
        reload(selected);
    }

    private void sortIndicator() {
        Table table = viewer.getTable();
        table.setSortColumn(table.getColumn(spans.column().ordinal()));
        table.setSortDirection(spans.ascending() ? SWT.UP : SWT.DOWN);
    }

    @Override
    protected void showDocument(AnnotatedDocument document) {
        documentText = document == null ? "" : document.document().text();
        spans.load(document == null ? null : document.layer(), documentText);
        reload(document == null ? List.of() : document.selectedSpans());
    }

    /**
     * Follows the editor's selection after the current event, once per burst: moving a virtual table's
     * cursor to row 60,000 costs GTK more than the keystroke that selected the span should wait for.
     */
    @Override
    protected void selectionChanged(AnnotatedDocument document) {
        if (followingEditor || selectionPending) {
            return;
        }
        selectionPending = true;
        viewer.getControl().getDisplay().asyncExec(() -> {
            selectionPending = false;
            if (!viewer.getControl().isDisposed() && document == document()) {
                select(document.selectedSpans());
            }
        });
    }

    private void reload(List<Span> selected) {
        viewer.getTable().clearAll();
        grow(++generation, selected);
    }

    /**
     * Gives the virtual table its row count, at most {@link #ROWS_PER_STEP} more per event: GTK adds rows
     * one by one (about half a second for 100k here), and the editor must stay responsive meanwhile.
     * The selection is restored once every row is there.
     */
    private void grow(int mine, List<Span> selected) {
        Table table = viewer.getTable();
        if (table.isDisposed() || mine != generation) {
            return; // closed, or another document or order took over
        }
        int target = spans.size();
        int count = table.getItemCount();
        int next = target <= count + ROWS_PER_STEP ? target : count + ROWS_PER_STEP;
        viewer.setItemCount(next);
        if (next == target) {
            select(selected);
        } else {
            table.getDisplay().asyncExec(() -> grow(mine, selected));
        }
    }

    private void select(List<Span> selected) {
        List<Integer> indices = new ArrayList<>();
        for (Span span : selected) {
            int index = spans.indexOf(span.id());
            if (index >= 0) {
                indices.add(index);
            }
        }
        Table table = viewer.getTable();
        table.setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
        if (!indices.isEmpty()) {
            table.showSelection();
        }
    }

    /** The selected rows' spans, in table order. */
    public List<Span> selectedSpans() {
        List<Span> result = new ArrayList<>();
        for (int index : viewer.getTable().getSelectionIndices()) {
            if (index < spans.size()) {
                result.add(spans.at(index));
            }
        }
        return result;
    }

    private void revealSelected() {
        AnnotatedDocument document = document();
        List<Span> selected = selectedSpans();
        if (document != null && selected.size() == 1) {
            followingEditor = true;
            try {
                document.reveal(selected.get(0));
            } finally {
                followingEditor = false;
            }
        }
    }

    /** Deletes the selected spans through the editor (each deletion undoable). */
    public void deleteSelected() {
        AnnotatedDocument document = document();
        if (document != null) {
            selectedSpans().forEach(document::delete);
        }
    }

    /** Enter (or double-click) on suggested rows accepts them, as Enter does in the editor. */
    public void acceptSelectedSuggestions() {
        AnnotatedDocument document = document();
        if (document != null) {
            selectedSpans().stream().filter(s -> s.status() == aurum.core.model.SpanStatus.SUGGESTED)
                    .forEach(document::accept);
        }
    }

    /** Selects the rows at {@code indices} as a user would, revealing a single span in the editor. */
    public void selectRows(int... indices) {
        viewer.getTable().setSelection(indices);
        revealSelected();
    }

    /** The spans in table order. */
    public List<Span> rows() {
        return spans.asList();
    }

    /** The table, for keyboard focus and tests. */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
