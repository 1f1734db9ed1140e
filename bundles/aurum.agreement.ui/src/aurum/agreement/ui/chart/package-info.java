/**
 * What the Agreement view's charts show, computed without SWT so it can be unit-tested: the
 * {@link aurum.agreement.ui.chart.Measure}s, the per-label {@link aurum.agreement.ui.chart.BarChartModel}
 * with its {@link aurum.agreement.ui.chart.AxisScale}, and the confusion
 * {@link aurum.agreement.ui.chart.HeatMapModel} with its {@link aurum.agreement.ui.chart.ColourRamp}.
 */
package aurum.agreement.ui.chart;
