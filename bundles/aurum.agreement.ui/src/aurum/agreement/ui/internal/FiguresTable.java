package aurum.agreement.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** A table of {@link FigureRow}s sortable by any column (click a heading; again to reverse). */
public final class FiguresTable {

    private final TableViewer viewer;
    private final List<FigureColumn> columns;
    private FigureColumn sortColumn;
    private boolean ascending = true;

    /** Creates the table in {@code parent}, its first column headed {@code nameHeading}. */
    public FiguresTable(Composite parent, String nameHeading) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        columns = FigureColumn.all(nameHeading);
        for (FigureColumn column : columns) {
            TableViewerColumn c = new TableViewerColumn(viewer, column.numeric() ? SWT.RIGHT : SWT.LEFT);
            c.getColumn().setText(column.heading());
            c.getColumn().setWidth(column.width());
            c.getColumn().setMoveable(true);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text().apply((FigureRow) element);
                }
            });
            c.getColumn().addListener(SWT.Selection, e -> sortBy(column, c.getColumn()));
        }
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                FigureColumn by = sortColumn == null ? columns.get(0) : sortColumn;
                return by.compare((FigureRow) a, (FigureRow) b, sortColumn == null || ascending);
            }
        });
    }

    private void sortBy(FigureColumn column, TableColumn widget) {
        ascending = column == sortColumn ? !ascending : !column.numeric();
        sortColumn = column;
        viewer.getTable().setSortColumn(widget);
        viewer.getTable().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        viewer.refresh();
    }

    /**
     * Sorts by the column headed {@code heading}, as a click on it would.
     *
     * @param descending the direction
     */
    public void sortBy(String heading, boolean descending) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).heading().equals(heading)) {
                sortColumn = columns.get(i);
                ascending = !descending;
                viewer.getTable().setSortColumn(viewer.getTable().getColumn(i));
                viewer.getTable().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
                viewer.refresh();
                return;
            }
        }
        throw new IllegalArgumentException("no column headed '" + heading + "'");
    }

    /** Shows {@code rows}. */
    public void setRows(List<FigureRow> rows) {
        viewer.setInput(rows);
    }

    /** The table widget. */
    public Table table() {
        return viewer.getTable();
    }
}
