package aurum.editor.internal.paint;

import java.util.List;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;

import aurum.corpus.boilerplate.ExcludedRegion;

/**
 * Greys out excluded (boilerplate) regions by veiling their text with the background colour; the text
 * stays readable and selectable. Finds the first visible region by binary search.
 */
final class ExcludedRegionPainter {

    private static final int VEIL_ALPHA = 150;

    private final StyledText text;

    ExcludedRegionPainter(StyledText text) {
        this.text = text;
    }

    void paint(GC gc, List<ExcludedRegion> regions, int from, int to) {
        gc.setAlpha(VEIL_ALPHA);
        gc.setBackground(text.getBackground());
        for (int i = firstEndingAfter(regions, from); i < regions.size() && regions.get(i).start() < to; i++) {
            ExcludedRegion region = regions.get(i);
            int start = Math.max(region.start(), from);
            int end = Math.min(region.end(), to);
            for (int line = text.getLineAtOffset(start); line < text.getLineCount() && start < end; line++) {
                int lineStart = text.getOffsetAtLine(line);
                int lineEnd = Math.min(end, lineStart + text.getLine(line).length());
                if (lineEnd > start) {
                    VisualPieces.forEach(text, start, lineEnd, (bounds, first, last) -> gc.fillRectangle(bounds.x,
                            bounds.y, bounds.width, bounds.height + text.getLineSpacing()));
                }
                start = line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) : end;
            }
        }
        gc.setAlpha(255);
    }

    private static int firstEndingAfter(List<ExcludedRegion> regions, int offset) {
        int low = 0;
        int high = regions.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (regions.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
