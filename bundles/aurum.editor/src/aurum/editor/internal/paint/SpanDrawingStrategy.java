package aurum.editor.internal.paint;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Draws one line's piece of a span; one strategy per kind of span (as JFace's annotation painter does).
 * Where a depth's underline goes is the {@link UnderlineLanes}' business.
 */
public interface SpanDrawingStrategy {

    /**
     * @param gc       the text widget's graphics context
     * @param bounds   the piece's text bounds on one line
     * @param colour   the label's colour
     * @param depth    0 for the outermost span, more for spans inside or overlapping it
     * @param opensHere  whether the span starts in this piece (draw an opening bracket)
     * @param closesHere whether the span ends in this piece (draw a closing bracket)
     */
    void draw(GC gc, Rectangle bounds, Color colour, int depth, boolean opensHere, boolean closesHere);
}
