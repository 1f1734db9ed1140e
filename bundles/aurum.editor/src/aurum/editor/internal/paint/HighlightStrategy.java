package aurum.editor.internal.paint;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Manual and accepted spans: a light tint of the label colour behind the text, a solid underline at the
 * span's depth and short brackets at its ends reaching down to that underline, so nested spans show
 * where each one starts and stops.
 */
public final class HighlightStrategy implements SpanDrawingStrategy {

    private static final int TINT_ALPHA = 56;

    private final UnderlineLanes lanes;

    /** Draws underlines in {@code lanes}. */
    public HighlightStrategy(UnderlineLanes lanes) {
        this.lanes = lanes;
    }

    @Override
    public void draw(GC gc, Rectangle bounds, Color colour, int depth, boolean opensHere, boolean closesHere) {
        gc.setAlpha(TINT_ALPHA);
        gc.setBackground(colour);
        gc.fillRectangle(bounds);
        gc.setAlpha(255);
        gc.setForeground(colour);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(lanes.lineWidth());
        int y = lanes.y(bounds, depth);
        int right = bounds.x + bounds.width - 1;
        gc.drawLine(bounds.x, y, right, y);
        gc.setLineWidth(1);
        if (opensHere) {
            gc.drawLine(bounds.x, lanes.bracketTop(bounds), bounds.x, y);
        }
        if (closesHere) {
            gc.drawLine(right, lanes.bracketTop(bounds), right, y);
        }
    }
}
