package aurum.agreement.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import aurum.agreement.AgreementReport;
import aurum.agreement.Figures;

/**
 * One bar per label of a report for one {@link Measure}, in the report's label order, and the axis
 * they are drawn on. A label whose figure is undefined keeps its place with no bar.
 *
 * @param measure what the bars show
 * @param bars the bars, one per label
 * @param scale the value axis
 */
public record BarChartModel(Measure measure, List<Bar> bars, AxisScale scale) {

    /** An empty chart, before a report is there. */
    public static final BarChartModel EMPTY = new BarChartModel(Measure.COHEN_KAPPA, List.of(), AxisScale.of());

    /**
     * One bar.
     *
     * @param label the label id
     * @param value the figure, NaN when undefined
     * @param spans the spans of that label, for the caption
     */
    public record Bar(String label, double value, long spans) {

        /** The value as written above the bar. */
        public String text() {
            return Measure.format(value);
        }
    }

    /** The bars of {@code measure} for every label of {@code report}. */
    public static BarChartModel of(AgreementReport report, Measure measure) {
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Figures> e : report.perLabel().entrySet()) {
            bars.add(new Bar(e.getKey(), measure.of(e.getValue()), e.getValue().spans()));
        }
        return new BarChartModel(measure, List.copyOf(bars),
                AxisScale.of(bars.stream().mapToDouble(Bar::value).toArray()));
    }
}
