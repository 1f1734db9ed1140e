package aurum.editor.internal.paint;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import aurum.core.model.Layer;
import aurum.core.model.Span;

/**
 * Paints the curation view's extras over the text: disagreement regions as a tinted background (open
 * ones yellow, settled ones green, the current one framed) and one lane of thin underlines per
 * annotator below the gold layer's underlines, lane 1 first. Like {@link SpanPainter} it asks each
 * layer's span index for the damaged lines only.
 */
public final class LanePainter implements PaintListener {

    /** Distance in pixels between two annotator lanes. */
    public static final int LANE_STEP = 4;
    /** Gap between the deepest gold underline and the first lane. */
    private static final int GAP = 3;

    /** A disagreement region to tint; {@code open} when gold has no decision for it yet. */
    public record Region(int start, int end, boolean open) {
    }

    private final StyledText text;
    private final List<Layer> lanes;
    private final Supplier<LabelColours> colours;
    private final Supplier<List<Region>> regions;
    private final Supplier<Region> current;
    private final Color openColour = new Color(255, 214, 0);
    private final Color settledColour = new Color(80, 190, 90);
    private final Color frameColour = new Color(230, 110, 0);

    /**
     * @param lanes   the annotator layers, lane 1 first
     * @param regions the disagreement regions in text order
     * @param current the region the caret is in, or null
     */
    public LanePainter(StyledText text, List<Layer> lanes, Supplier<LabelColours> colours,
            Supplier<List<Region>> regions, Supplier<Region> current) {
        this.text = text;
        this.lanes = List.copyOf(lanes);
        this.colours = colours;
        this.regions = regions;
        this.current = current;
    }

    /** The line spacing that leaves room for the gold underlines and every lane. */
    public int lineSpacing() {
        return lanesTop() + lanes.size() * LANE_STEP + 2;
    }

    @Override
    public void paintControl(PaintEvent event) {
        if (text.getCharCount() == 0 || colours.get() == null) {
            return;
        }
        int firstLine = text.getLineIndex(event.y);
        int lastLine = text.getLineIndex(event.y + event.height);
        int from = text.getOffsetAtLine(firstLine);
        int to = lastLine + 1 < text.getLineCount() ? text.getOffsetAtLine(lastLine + 1) : text.getCharCount();
        GC gc = event.gc;
        Region framed = current.get();
        for (Region region : regions.get()) {
            if (region.start() < to && from < region.end()) {
                paintRegion(gc, region, region.equals(framed), from, to);
            }
        }
        gc.setAlpha(255);
        for (int lane = 0; lane < lanes.size(); lane++) {
            int offset = lanesTop() + lane * LANE_STEP;
            for (Span span : lanes.get(lane).overlapping(from, to)) {
                if (span.status().isAnnotation()) {
                    gc.setBackground(colours.get().of(span.labelId()));
                    pieces(span.start(), span.end(), from, to, (bounds, first, last) -> {
                        int left = first ? bounds.x + 1 : bounds.x;
                        int right = last ? bounds.x + bounds.width - 1 : bounds.x + bounds.width;
                        gc.fillRectangle(left, bounds.y + bounds.height + offset, Math.max(1, right - left), 2);
                    });
                }
            }
        }
    }

    private void paintRegion(GC gc, Region region, boolean framed, int from, int to) {
        pieces(region.start(), region.end(), from, to, (bounds, first, last) -> {
            gc.setAlpha(region.open() ? 90 : 50);
            gc.setBackground(region.open() ? openColour : settledColour);
            gc.fillRectangle(bounds);
            if (framed) {
                gc.setAlpha(255);
                gc.setLineWidth(2);
                gc.setForeground(frameColour);
                gc.drawRectangle(bounds.x - 2, bounds.y - 1, bounds.width + 3, bounds.height + lineSpacing());
            }
        });
    }

    private static int lanesTop() {
        return 1 + (UnderlineLanes.BELOW_TEXT.maxDepth() + 1) * UnderlineLanes.BELOW_TEXT.step() + GAP;
    }

    /** Emits the visual pieces of {@code [start, end)} within the damaged range, line by line. */
    private void pieces(int start, int end, int from, int to, VisualPieces.Sink sink) {
        int rangeStart = Math.max(start, from);
        int rangeEnd = Math.min(end, to);
        for (int line = text.getLineAtOffset(rangeStart); rangeStart < rangeEnd; line++) {
            int lineStart = text.getOffsetAtLine(line);
            int lineEnd = line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) : text.getCharCount();
            int pieceEnd = Math.min(rangeEnd, lineStart + text.getLine(line).length());
            if (pieceEnd > rangeStart) {
                boolean opens = rangeStart == start;
                boolean closes = pieceEnd == end;
                VisualPieces.forEach(text, rangeStart, pieceEnd,
                        (Rectangle bounds, boolean first, boolean last) -> sink.piece(bounds, opens && first,
                                closes && last));
            }
            rangeStart = Math.max(lineEnd, rangeStart + 1);
        }
    }
}
