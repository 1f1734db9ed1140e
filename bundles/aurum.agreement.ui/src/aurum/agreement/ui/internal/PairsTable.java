package aurum.agreement.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import aurum.agreement.PairKappa;
import aurum.agreement.ui.chart.Measure;

/** Token-level Cohen's κ of each pair of annotators, in the report's order. */
public final class PairsTable {

    private final TableViewer viewer;

    /** Creates the table in {@code parent}. */
    public PairsTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("annotator", SWT.LEFT, 120, PairKappa::first);
        column("with", SWT.LEFT, 120, PairKappa::second);
        column("Cohen κ", SWT.RIGHT, 80, p -> Measure.format(p.kappa().value()));
        column("tokens", SWT.RIGHT, 80, p -> Long.toString(p.tokens()));
    }

    private void column(String heading, int style, int width, java.util.function.Function<PairKappa, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, style);
        c.getColumn().setText(heading);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((PairKappa) element);
            }
        });
    }

    /** Shows {@code pairs}. */
    public void setPairs(List<PairKappa> pairs) {
        viewer.setInput(pairs);
    }

    /** The table widget. */
    public Table table() {
        return viewer.getTable();
    }
}
