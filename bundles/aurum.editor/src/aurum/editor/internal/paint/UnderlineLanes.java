package aurum.editor.internal.paint;

import org.eclipse.swt.graphics.Rectangle;

/**
 * Where the stacked underlines of nested and overlapping spans are drawn, one lane per depth.
 * <p>
 * {@link #BELOW_TEXT} puts them under the text in extra space between lines. That space comes from
 * {@code StyledText.setLineSpacing}, which switches StyledText to variable line heights: it then measures
 * every line of the document in the background after opening it and after each repaint of changed lines,
 * seconds of UI-thread work for a 10 MB document. So documents too long to wrap use {@link #INSIDE_LINE}:
 * no line spacing (StyledText keeps one fixed line height and only lays out what it shows) and thinner
 * lanes stacked upward from the bottom of the line box, over the descenders, with the span's tint and
 * brackets still marking where each span starts and ends.
 */
public enum UnderlineLanes {

    /** Lanes 3 px apart below the text, in 13 px of line spacing; four depths apart. */
    BELOW_TEXT(3, 3, 2) {
        @Override
        public int y(Rectangle bounds, int depth) {
            return bounds.y + bounds.height + 1 + Math.min(depth, maxDepth()) * step();
        }

        @Override
        public int bracketTop(Rectangle bounds) {
            return bounds.y + bounds.height - 3;
        }

        @Override
        public int lineSpacing() {
            return 4 + step() * step();
        }
    },

    /** Lanes 2 px apart inside the bottom of the line box; three depths apart; no line spacing. */
    INSIDE_LINE(2, 2, 1) {
        @Override
        public int y(Rectangle bounds, int depth) {
            return bounds.y + bounds.height - 1 - Math.min(depth, maxDepth()) * step();
        }

        @Override
        public int bracketTop(Rectangle bounds) {
            return bounds.y + bounds.height / 2;
        }

        @Override
        public int lineSpacing() {
            return 0;
        }
    };

    private final int step;
    private final int maxDepth;
    private final int lineWidth;

    UnderlineLanes(int step, int maxDepth, int lineWidth) {
        this.step = step;
        this.maxDepth = maxDepth;
        this.lineWidth = lineWidth;
    }

    /** The lanes for a text shown with word wrap (variable line heights anyway) or without it. */
    public static UnderlineLanes forDocument(boolean wordWrap) {
        return wordWrap ? BELOW_TEXT : INSIDE_LINE;
    }

    /** The y of the underline at {@code depth} for a piece of text with {@code bounds}. */
    public abstract int y(Rectangle bounds, int depth);

    /** The y where the brackets at a span's ends start, reaching down to its underline. */
    public abstract int bracketTop(Rectangle bounds);

    /** The line spacing the text widget needs for these lanes. */
    public abstract int lineSpacing();

    /** Pixels between the lanes of two depths. */
    public int step() {
        return step;
    }

    /** The deepest depth drawn in a lane of its own; deeper spans share it. */
    public int maxDepth() {
        return maxDepth;
    }

    /** The width of a manual span's underline. */
    public int lineWidth() {
        return lineWidth;
    }
}
