package aurum.editor.internal.paint;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.MouseMoveListener;
import org.eclipse.swt.graphics.Point;

import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;

/**
 * Shows the labels of the spans under the mouse as the text widget's tooltip, outermost first, with the
 * status of suggestions: the label names are always one hover away without cluttering the text.
 */
public final class SpanHover implements MouseMoveListener {

    private final StyledText text;
    private final Supplier<Layer> layer;
    private final Supplier<LabelSet> labels;

    /** Installs nothing; add it with {@code text.addMouseMoveListener}. */
    public SpanHover(StyledText text, Supplier<Layer> layer, Supplier<LabelSet> labels) {
        this.text = text;
        this.layer = layer;
        this.labels = labels;
    }

    @Override
    public void mouseMove(MouseEvent event) {
        Layer current = layer.get();
        int offset = current == null ? -1 : text.getOffsetAtPoint(new Point(event.x, event.y));
        String tip = offset < 0 ? null : describe(current.containing(offset), current.document().text(),
                id -> labels.get().label(id).map(l -> l.displayName()).orElse(id));
        if (tip == null ? text.getToolTipText() != null : !tip.equals(text.getToolTipText())) {
            text.setToolTipText(tip);
        }
    }

    /** One line per span, e.g. {@code Official — "Antony Blinken" (suggested)}; null when there is none. */
    public static String describe(List<Span> spans, String documentText, Function<String, String> labelName) {
        StringBuilder tip = new StringBuilder();
        for (Span span : spans) {
            if (span.status() == SpanStatus.REJECTED) {
                continue;
            }
            if (!tip.isEmpty()) {
                tip.append('\n');
            }
            String covered = span.coveredText(documentText);
            if (covered.length() > 60) {
                covered = covered.substring(0, 57) + "…";
            }
            tip.append(labelName.apply(span.labelId())).append(" — \"").append(covered).append('"');
            if (span.status() == SpanStatus.SUGGESTED) {
                tip.append(" (suggested)");
            }
        }
        return tip.isEmpty() ? null : tip.toString();
    }
}
