package aurum.editor.internal.paint;

import java.util.ArrayList;
import java.util.List;

import aurum.core.model.Span;

/**
 * Gives each of the visible spans a depth so that overlapping and nested spans are drawn at different
 * heights below the text: greedy interval colouring in document order, so an enclosing span (which comes
 * first) sits at the top and the spans inside it below. Depends only on the spans given, so depths can
 * differ between scroll positions; they never clash within one picture.
 */
public final class StackedSpans {

    /** A span with its depth, 0 nearest the text. */
    public record Placed(Span span, int depth) {
    }

    private StackedSpans() {
    }

    /** Places {@code spans}, which must be in document order. */
    public static List<Placed> place(List<Span> spans) {
        List<Placed> placed = new ArrayList<>(spans.size());
        List<Placed> active = new ArrayList<>();
        for (Span span : spans) {
            active.removeIf(p -> p.span().end() <= span.start());
            int depth = 0;
            while (used(active, depth)) {
                depth++;
            }
            Placed p = new Placed(span, depth);
            active.add(p);
            placed.add(p);
        }
        return placed;
    }

    private static boolean used(List<Placed> active, int depth) {
        for (Placed p : active) {
            if (p.depth() == depth) {
                return true;
            }
        }
        return false;
    }
}
