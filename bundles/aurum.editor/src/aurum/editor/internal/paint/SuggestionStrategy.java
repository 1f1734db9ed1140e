package aurum.editor.internal.paint;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Suggested spans, not yet accepted: no tint, a dashed outline and a dashed underline in the label
 * colour, so a reviewer tells at a glance what a recognizer proposed from what a person decided.
 */
public final class SuggestionStrategy implements SpanDrawingStrategy {

    private final UnderlineLanes lanes;

    /** Draws underlines in {@code lanes}. */
    public SuggestionStrategy(UnderlineLanes lanes) {
        this.lanes = lanes;
    }

    @Override
    public void draw(GC gc, Rectangle bounds, Color colour, int depth, boolean opensHere, boolean closesHere) {
        gc.setAlpha(255);
        gc.setForeground(colour);
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_DASH);
        int y = lanes.y(bounds, depth);
        int right = bounds.x + bounds.width - 1;
        gc.drawLine(bounds.x, y, right, y);
        gc.drawLine(bounds.x, bounds.y, right, bounds.y);
        if (opensHere) {
            gc.drawLine(bounds.x, bounds.y, bounds.x, y);
        }
        if (closesHere) {
            gc.drawLine(right, bounds.y, right, y);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }
}
