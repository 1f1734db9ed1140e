package aurum.agreement.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import aurum.agreement.ui.chart.AxisScale;
import aurum.agreement.ui.chart.BarChartModel;
import aurum.agreement.ui.chart.Measure;

/**
 * Draws a {@link BarChartModel} with GC: a vertical bar per label on a value axis with ticks every
 * quarter, the value above each bar and the label and span count below it. The arithmetic lives in
 * the model and {@link AxisScale}; this class only paints.
 */
public final class BarChartCanvas extends Canvas {

    private static final int GAP = 6;
    private static final Color BAR = new Color(49, 130, 189);
    private static final Color GRID = new Color(225, 225, 225);
    private static final Color AXIS = new Color(90, 90, 90);

    private BarChartModel model = BarChartModel.EMPTY;

    /** Creates the chart in {@code parent}. */
    public BarChartCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        addPaintListener(e -> paint(e.gc));
    }

    /** Shows {@code chart}. */
    public void setModel(BarChartModel chart) {
        this.model = chart;
        redraw();
    }

    /** What is shown. */
    public BarChartModel model() {
        return model;
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setAntialias(SWT.ON);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        int line = gc.getFontMetrics().getHeight();
        gc.drawString(model.measure().heading() + " per label", area.x + GAP, area.y + GAP, true);
        if (model.bars().isEmpty()) {
            gc.drawString("No labels to chart.", area.x + GAP, area.y + GAP + 2 * line, true);
            return;
        }
        AxisScale scale = model.scale();
        int left = area.x + GAP + gc.textExtent("−0.75").x + GAP;
        int top = area.y + GAP + 2 * line;
        int bottom = area.y + area.height - GAP - 2 * line - GAP;
        int right = area.x + area.width - GAP;
        if (bottom - top < line || right - left < 10) {
            return;
        }
        for (double tick : scale.ticks()) {
            int y = scale.pixel(tick, bottom, top);
            gc.setForeground(tick == 0 ? AXIS : GRID);
            gc.drawLine(left, y, right, y);
            gc.setForeground(AXIS);
            String text = String.format(java.util.Locale.ROOT, "%.2f", tick);
            Point extent = gc.textExtent(text);
            gc.drawString(text, left - GAP - extent.x, y - extent.y / 2, true);
        }
        gc.drawLine(left, top, left, bottom);
        int zero = scale.pixel(0, bottom, top);
        int slot = (right - left) / model.bars().size();
        int width = Math.max(4, Math.min(60, slot - 2 * GAP));
        for (int i = 0; i < model.bars().size(); i++) {
            BarChartModel.Bar bar = model.bars().get(i);
            int x = left + i * slot + (slot - width) / 2;
            int centre = left + i * slot + slot / 2;
            String value = bar.text();
            Point valueExtent = gc.textExtent(value);
            if (Double.isNaN(bar.value())) {
                gc.setForeground(AXIS);
                gc.drawString(value, centre - valueExtent.x / 2, zero - valueExtent.y - 2, true);
            } else {
                int y = scale.pixel(bar.value(), bottom, top);
                gc.setBackground(BAR);
                gc.fillRectangle(x, Math.min(y, zero), width, Math.max(1, Math.abs(zero - y)));
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
                int textY = bar.value() >= 0 ? y - valueExtent.y - 2 : y + 2;
                gc.drawString(value, centre - valueExtent.x / 2, textY, true);
            }
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            drawCentred(gc, fit(gc, bar.label(), slot), centre, bottom + GAP);
            gc.setForeground(AXIS);
            drawCentred(gc, bar.spans() + " spans", centre, bottom + GAP + line);
        }
    }

    private static void drawCentred(GC gc, String text, int centre, int y) {
        gc.drawString(text, centre - gc.textExtent(text).x / 2, y, true);
    }

    /** {@code text}, shortened with an ellipsis to fit {@code width} pixels. */
    private static String fit(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && gc.textExtent(shortened + "…").x > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }

    /** The measure shown, for the chooser above the chart. */
    public Measure measure() {
        return model.measure();
    }
}
