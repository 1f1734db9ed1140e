package aurum.agreement.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import aurum.agreement.AgreementReport;
import aurum.agreement.ui.chart.BarChartModel;
import aurum.agreement.ui.chart.HeatMapModel;
import aurum.agreement.ui.chart.Measure;

/**
 * The per-label bar chart, with a chooser of the measure it shows, and the confusion heat map: one above the
 * other, or side by side when the panel is wider than tall.
 */
public final class ChartsPanel {

    private final Composite area;
    private final Combo measures;
    private final BarChartCanvas bars;
    private final HeatMapCanvas heatMap;
    private AgreementReport report;

    /** Creates the panel in {@code parent}. */
    public ChartsPanel(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        area.setLayout(layout);
        new Label(area, SWT.NONE).setText("Chart:");
        measures = new Combo(area, SWT.READ_ONLY);
        for (Measure m : Measure.values()) {
            measures.add(m.heading());
        }
        measures.select(0);
        measures.addListener(SWT.Selection, e -> showBars());
        SashForm charts = new SashForm(area, SWT.VERTICAL);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        bars = new BarChartCanvas(charts);
        heatMap = new HeatMapCanvas(charts);
        charts.setWeights(1, 1);
        // the heat map beside the bars when the panel is wider than tall (the view in the bottom stack)
        charts.addListener(SWT.Resize, e -> {
            var size = charts.getSize();
            int orientation = size.x > size.y ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (charts.getOrientation() != orientation) {
                charts.setOrientation(orientation);
            }
        });
    }

    /** Shows {@code shown}, or nothing when {@code null}. */
    public void setReport(AgreementReport shown) {
        this.report = shown;
        showBars();
        heatMap.setModel(shown == null ? HeatMapModel.EMPTY : HeatMapModel.of(shown.confusion()));
    }

    /** Charts {@code measure} per label. */
    public void setMeasure(Measure measure) {
        measures.select(measure.ordinal());
        showBars();
    }

    private void showBars() {
        Measure measure = Measure.values()[Math.max(0, measures.getSelectionIndex())];
        bars.setModel(report == null ? new BarChartModel(measure, java.util.List.of(), BarChartModel.EMPTY.scale())
                : BarChartModel.of(report, measure));
    }

    /** The bar chart. */
    public BarChartCanvas bars() {
        return bars;
    }

    /** The heat map. */
    public HeatMapCanvas heatMap() {
        return heatMap;
    }

    /** The panel's control. */
    public Composite control() {
        return area;
    }
}
