package aurum.editor.internal.paint;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;

/**
 * Draws each span's label name in a small chip just above the line, where the span starts, so a reader
 * sees "Amount" over {@code $9.3 billion} without hovering. The chips live in a band of extra line
 * spacing ({@link #bandHeight()}) under the underline lanes of the line before; spans starting at the
 * same place get chips side by side. Only for documents shown with {@link UnderlineLanes#BELOW_TEXT}.
 */
public final class LabelNamePainter implements PaintListener {

    private final StyledText text;
    private final PaintModel model;
    private final Function<String, String> names;
    private final Font font;
    private final int bandHeight;
    private boolean enabled = true;

    /**
     * @param names a label id's display name
     */
    public LabelNamePainter(StyledText text, PaintModel model, Function<String, String> names) {
        this.text = text;
        this.model = model;
        this.names = names;
        this.font = FontDescriptor.createFrom(text.getFont()).setHeight(
                Math.max(6, text.getFont().getFontData()[0].getHeight() * 3 / 4)).createFont(text.getDisplay());
        GC gc = new GC(text);
        try {
            gc.setFont(font);
            bandHeight = gc.getFontMetrics().getHeight() + 2;
        } finally {
            gc.dispose();
        }
    }

    /** The extra line spacing the chips need, in pixels. */
    public int bandHeight() {
        return bandHeight;
    }

    /** Turns the drawing of names on or off (the preference). */
    public void setEnabled(boolean on) {
        enabled = on;
    }

    /** Whether names are drawn. */
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void paintControl(PaintEvent event) {
        Layer layer = model.layer();
        if (!enabled || layer == null || text.getCharCount() == 0) {
            return;
        }
        int firstLine = text.getLineIndex(event.y);
        // the chips of a line sit in the spacing of the line above: paint those of the line below the damage too
        int lastLine = Math.min(text.getLineCount() - 1, text.getLineIndex(event.y + event.height) + 1);
        int from = text.getOffsetAtLine(firstLine);
        int to = lastLine + 1 < text.getLineCount() ? text.getOffsetAtLine(lastLine + 1) : text.getCharCount();
        GC gc = event.gc;
        gc.setFont(font);
        gc.setAlpha(255);
        Map<Integer, Integer> rightEdges = new HashMap<>();
        for (Span span : layer.overlapping(from, to)) {
            if (span.status() == SpanStatus.REJECTED || span.start() < from || span.start() >= to
                    || span.start() >= text.getCharCount()) {
                continue;
            }
            Rectangle at = text.getTextBounds(span.start(), span.start());
            String name = names.apply(span.labelId());
            Point size = gc.textExtent(name);
            int y = at.y - bandHeight;
            int x = Math.max(at.x, rightEdges.getOrDefault(y, Integer.MIN_VALUE) + 2);
            Color colour = model.colours().of(span.labelId());
            if (span.status() == SpanStatus.SUGGESTED) {
                // a suggestion's name is an outline, as its underline is dashed: not decided yet
                gc.setForeground(colour);
                gc.setLineStyle(SWT.LINE_DOT);
                gc.drawRoundRectangle(x, y, size.x + 3, bandHeight - 2, 4, 4);
                gc.setLineStyle(SWT.LINE_SOLID);
                gc.drawString(name, x + 2, y, true);
            } else {
                gc.setBackground(colour);
                gc.fillRoundRectangle(x, y, size.x + 4, bandHeight - 1, 4, 4);
                gc.setForeground(text.getDisplay().getSystemColor(
                        isDark(colour.getRGB()) ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
                gc.drawString(name, x + 2, y, true);
            }
            rightEdges.put(y, x + size.x + 4);
        }
    }

    private static boolean isDark(RGB rgb) {
        // relative luminance (sRGB weights), without gamma: enough to pick black or white text
        return 0.2126 * rgb.red + 0.7152 * rgb.green + 0.0722 * rgb.blue < 140;
    }

    /** Releases the chips' font. */
    public void dispose() {
        font.dispose();
    }
}
