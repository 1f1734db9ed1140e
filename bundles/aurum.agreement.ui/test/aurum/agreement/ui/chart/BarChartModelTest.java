package aurum.agreement.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import aurum.agreement.AgreementReport;

class BarChartModelTest {

    @Test
    void oneBarPerLabelWithTheMeasureOfThatLabel() {
        AgreementReport report = Reports.twoAnnotators();
        for (Measure measure : Measure.values()) {
            BarChartModel chart = BarChartModel.of(report, measure);
            assertEquals(List.copyOf(report.perLabel().keySet()), chart.bars().stream().map(BarChartModel.Bar::label).toList());
            for (BarChartModel.Bar bar : chart.bars()) {
                assertEquals(measure.of(report.perLabel().get(bar.label())), bar.value(), 0.0, measure + " " + bar);
                assertEquals(report.perLabel().get(bar.label()).spans(), bar.spans());
            }
        }
    }

    @Test
    void strictF1PerLabelIsWhatTheAnnotatorsAgreedOn() {
        // GPE: ann has Tokyo and Osaka, ben has Tokyo → F1 = 2·1 / (2 + 1)
        // ORG: only ben's "Ann Lee" → F1 0; PER: only ann's "Ann Lee" → F1 0
        BarChartModel chart = BarChartModel.of(Reports.twoAnnotators(), Measure.STRICT_F1);
        assertEquals(List.of("GPE", "ORG", "PER"), chart.bars().stream().map(BarChartModel.Bar::label).toList());
        assertEquals(2.0 / 3, chart.bars().get(0).value(), 1e-12);
        assertEquals("0.6667", chart.bars().get(0).text());
        assertEquals(0.0, chart.bars().get(1).value(), 1e-12);
        assertEquals(0.0, chart.bars().get(2).value(), 1e-12);
        assertEquals(new AxisScale(0, 1), chart.scale());
    }

    @Test
    void undefinedFiguresAreWrittenNotApplicable() {
        assertEquals("n/a", new BarChartModel.Bar("X", Double.NaN, 0).text());
        assertEquals("-0.2500", Measure.format(-0.25));
    }
}
