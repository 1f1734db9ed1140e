package aurum.editor.internal.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;

/**
 * Which spans the text selection points at. A selection that covers a span exactly selects it (that is
 * what navigation and reveal produce); an empty selection selects the spans under the caret, and the
 * innermost of them is the one commands act on. Rejected suggestions are never selected.
 */
public final class SelectedSpan {

    private SelectedSpan() {
    }

    /** The spans the selection {@code [offset, offset + length)} points at, outermost first. */
    public static List<Span> all(Layer layer, int offset, int length) {
        List<Span> result = new ArrayList<>();
        if (length > 0) {
            for (Span span : layer.overlapping(offset, offset + length)) {
                if (span.start() == offset && span.end() == offset + length && span.status() != SpanStatus.REJECTED) {
                    result.add(span);
                }
            }
            return result;
        }
        for (Span span : layer.containing(offset)) {
            if (span.status() != SpanStatus.REJECTED) {
                result.add(span);
            }
        }
        return result;
    }

    /** The span commands act on: the innermost of {@link #all}. */
    public static Optional<Span> primary(Layer layer, int offset, int length) {
        List<Span> spans = all(layer, offset, length);
        return spans.isEmpty() ? Optional.empty() : Optional.of(spans.get(spans.size() - 1));
    }
}
