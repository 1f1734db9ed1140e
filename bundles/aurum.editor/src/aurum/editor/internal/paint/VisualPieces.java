package aurum.editor.internal.paint;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Splits a range of one logical line into the pieces that sit on one visual line each: with word wrap,
 * {@link StyledText#getTextBounds} of a range that wraps is the box around all its lines, which would
 * paint over text the span does not cover. Line breaks are found by binary search on the y of characters.
 */
final class VisualPieces {

    /** Receives one piece: its bounds and whether it holds the range's first and last character. */
    interface Sink {
        void piece(Rectangle bounds, boolean first, boolean last);
    }

    private VisualPieces() {
    }

    /** Emits the pieces of {@code [start, end)}, which must lie within one logical line and not be empty. */
    static void forEach(StyledText text, int start, int end, Sink sink) {
        int pieceStart = start;
        while (pieceStart < end) {
            int y = text.getTextBounds(pieceStart, pieceStart).y;
            int pieceEnd = end;
            if (text.getTextBounds(end - 1, end - 1).y != y) {
                int low = pieceStart; // last offset known on this visual line
                int high = end - 1;   // an offset known below it
                while (high - low > 1) {
                    int mid = (low + high) >>> 1;
                    if (text.getTextBounds(mid, mid).y == y) {
                        low = mid;
                    } else {
                        high = mid;
                    }
                }
                pieceEnd = high;
            }
            sink.piece(text.getTextBounds(pieceStart, pieceEnd - 1), pieceStart == start, pieceEnd == end);
            pieceStart = pieceEnd;
        }
    }
}
