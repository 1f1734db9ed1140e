package aurum.editor.internal.paint;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Repaints only the lines a change touched. A span is drawn on the lines it covers (boxes, stacked lanes
 * below the text), so redrawing the full-width band of those lines repaints it and every span it may have
 * pushed to another lane, while the rest of the screen is left alone: one tag then costs the paint of a
 * line or two, not of the whole editor.
 */
public final class LineDamage {

    private LineDamage() {
    }

    /** Redraws the lines holding characters {@code [start, end)}; nothing if they are scrolled out of view. */
    public static void redraw(StyledText text, int start, int end) {
        redraw(text, start, end, 0);
    }

    /** Like {@link #redraw(StyledText, int, int)}, and {@code above} pixels over the first line (label names). */
    public static void redraw(StyledText text, int start, int end, int above) {
        if (text.isDisposed() || text.getCharCount() == 0) {
            return;
        }
        int length = text.getCharCount();
        int first = text.getLineAtOffset(Math.clamp(Math.min(start, end), 0, length));
        int last = text.getLineAtOffset(Math.clamp(Math.max(start, end), 0, length));
        Rectangle area = text.getClientArea();
        int top = text.getLinePixel(first) - above;
        int bottom = last + 1 < text.getLineCount() ? text.getLinePixel(last + 1) : area.height;
        if (bottom <= 0 || top >= area.height) {
            return;
        }
        top = Math.max(top, 0);
        bottom = Math.min(bottom, area.height);
        text.redraw(0, top, area.width, bottom - top, false);
    }
}
