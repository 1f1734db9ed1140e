package aurum.editor.internal.paint;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;

/**
 * Paints the spans of the lines being repainted, and only those: the character range of the damaged
 * lines is asked from the layer's span index ({@link Layer#overlapping}), so painting costs the same for
 * a document of ten spans or of a hundred thousand. Excluded regions are greyed first, then spans are
 * drawn at their {@link StackedSpans stacking depth} by the strategy for their status.
 */
public final class SpanPainter implements PaintListener {

    private final StyledText text;
    private final PaintModel model;
    private final SpanDrawingStrategy highlight;
    private final SpanDrawingStrategy suggestion;
    private final ExcludedRegionPainter excluded;
    private long lastPaintNanos;
    private int lastPaintedSpans;
    private int paints;

    /** Paints on {@code text} what {@code model} holds, underlines in {@code lanes}. */
    public SpanPainter(StyledText text, PaintModel model, UnderlineLanes lanes) {
        this.text = text;
        this.model = model;
        this.highlight = new HighlightStrategy(lanes);
        this.suggestion = new SuggestionStrategy(lanes);
        this.excluded = new ExcludedRegionPainter(text);
    }

    @Override
    public void paintControl(PaintEvent event) {
        Layer layer = model.layer();
        if (layer == null || text.getCharCount() == 0) {
            return;
        }
        long started = System.nanoTime();
        int firstLine = text.getLineIndex(event.y);
        int lastLine = text.getLineIndex(event.y + event.height);
        int from = text.getOffsetAtLine(firstLine);
        int to = lastLine + 1 < text.getLineCount() ? text.getOffsetAtLine(lastLine + 1) : text.getCharCount();
        GC gc = event.gc;
        excluded.paint(gc, model.excluded(), from, to);
        List<Span> spans = layer.overlapping(from, to);
        String selectedId = model.selectedSpanId(); // once per paint: it is an index query
        int painted = 0;
        for (StackedSpans.Placed placed : StackedSpans.place(spans)) {
            Span span = placed.span();
            if (span.status() == SpanStatus.REJECTED) {
                continue;
            }
            SpanDrawingStrategy strategy = span.status() == SpanStatus.SUGGESTED ? suggestion : highlight;
            paintSpan(gc, span, strategy, model.colours().of(span.labelId()), placed.depth(), from, to,
                    span.id().equals(selectedId));
            painted++;
        }
        gc.setAlpha(255);
        lastPaintedSpans = painted;
        lastPaintNanos = System.nanoTime() - started;
        paints++;
    }

    private void paintSpan(GC gc, Span span, SpanDrawingStrategy strategy, Color colour, int depth, int from, int to,
            boolean selected) {
        int start = Math.max(span.start(), from);
        int end = Math.min(span.end(), to);
        for (int line = text.getLineAtOffset(start); start < end; line++) {
            int lineEnd = line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) : text.getCharCount();
            int pieceEnd = Math.min(end, contentEnd(line));
            if (pieceEnd > start) {
                boolean opens = start == span.start();
                boolean closes = pieceEnd == span.end();
                VisualPieces.forEach(text, start, pieceEnd, (bounds, first, last) -> {
                    strategy.draw(gc, bounds, colour, depth, opens && first, closes && last);
                    if (selected) {
                        gc.setAlpha(255);
                        gc.setLineWidth(1);
                        gc.setLineStyle(SWT.LINE_SOLID);
                        gc.setForeground(text.getForeground());
                        gc.drawRectangle(bounds.x - 1, bounds.y - 1, bounds.width + 1, bounds.height + 1);
                    }
                });
            }
            start = Math.max(lineEnd, start + 1);
        }
    }

    private int contentEnd(int line) {
        return text.getOffsetAtLine(line) + text.getLine(line).length();
    }

    /** How long the last paint of spans took, for the benchmark. */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** How many times spans were painted, for the benchmark. */
    public int paints() {
        return paints;
    }

    /** How many spans the last paint drew, for tests. */
    public int lastPaintedSpans() {
        return lastPaintedSpans;
    }
}
