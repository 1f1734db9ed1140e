package aurum.agreement.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import aurum.agreement.ui.chart.ColourRamp;
import aurum.agreement.ui.chart.HeatMapModel;

/**
 * Draws a {@link HeatMapModel} with GC: labels × labels (then {@code none}), each cell shaded by its
 * count on {@link ColourRamp#BLUES} with the count written in black or white, whichever reads better.
 * Rows are the earlier annotator of each pair, columns the later one.
 */
public final class HeatMapCanvas extends Canvas {

    private static final int GAP = 6;
    private static final int MAX_CELL = 56;
    private static final Color GRID = new Color(200, 200, 200);
    private static final String TITLE = "Label confusion";
    private static final String TITLE_KEY = "(row: earlier annotator of a pair)";

    private HeatMapModel model = HeatMapModel.EMPTY;

    /** Creates the heat map in {@code parent}. */
    public HeatMapCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        addPaintListener(e -> paint(e.gc));
    }

    /** Shows {@code map}. */
    public void setModel(HeatMapModel map) {
        this.model = map;
        redraw();
    }

    /** What is shown. */
    public HeatMapModel model() {
        return model;
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        int line = gc.getFontMetrics().getHeight();
        // the title on two lines when the map shares the view's width with the bar chart
        int titleLines = 1;
        if (gc.textExtent(TITLE + " " + TITLE_KEY).x + 2 * GAP <= area.width) {
            gc.drawString(TITLE + " " + TITLE_KEY, area.x + GAP, area.y + GAP, true);
        } else {
            gc.drawString(TITLE, area.x + GAP, area.y + GAP, true);
            gc.drawString(TITLE_KEY, area.x + GAP, area.y + GAP + line, true);
            titleLines = 2;
        }
        if (model.isEmpty()) {
            gc.drawString("No spans to compare.", area.x + GAP, area.y + GAP + (titleLines + 1) * line, true);
            return;
        }
        int n = model.labels().size();
        int labelWidth = 0;
        for (String label : model.labels()) {
            labelWidth = Math.max(labelWidth, gc.textExtent(label).x);
        }
        int left = area.x + GAP + labelWidth + GAP;
        int top = area.y + GAP + (titleLines + 1) * line + GAP;
        int cell = Math.min(MAX_CELL, Math.min((area.width - left - GAP) / n, (area.height - top - GAP) / n));
        if (cell < line) {
            return;
        }
        for (int c = 0; c < n; c++) {
            // shortened to its cell when narrower than the name (the rows, in the same order, show it whole)
            String label = fit(gc, model.labels().get(c), cell - 2);
            Point extent = gc.textExtent(label);
            int x = left + c * cell + (cell - extent.x) / 2;
            gc.drawString(label, Math.max(left + c * cell, x), top - line - 2, true);
        }
        for (int r = 0; r < n; r++) {
            int y = top + r * cell;
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawString(model.labels().get(r), area.x + GAP, y + (cell - line) / 2, true);
            for (int c = 0; c < n; c++) {
                paintCell(gc, left + c * cell, y, cell, r, c);
            }
        }
    }

    /** {@code text}, or as much of it as fits in {@code width} pixels followed by an ellipsis. */
    static String fit(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        for (int n = text.length() - 1; n > 0; n--) {
            String shortened = text.substring(0, n) + "…";
            if (gc.textExtent(shortened).x <= width) {
                return shortened;
            }
        }
        return "";
    }

    private void paintCell(GC gc, int x, int y, int cell, int row, int column) {
        ColourRamp.Rgb rgb = ColourRamp.BLUES.colour(model.shade(row, column));
        gc.setBackground(new Color(rgb.red(), rgb.green(), rgb.blue()));
        gc.fillRectangle(x, y, cell, cell);
        gc.setForeground(GRID);
        gc.drawRectangle(x, y, cell, cell);
        String count = Long.toString(model.count(row, column));
        Point extent = gc.textExtent(count);
        gc.setForeground(getDisplay().getSystemColor(ColourRamp.lightTextOn(rgb) ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
        gc.drawString(count, x + (cell - extent.x) / 2, y + (cell - extent.y) / 2, true);
    }
}
