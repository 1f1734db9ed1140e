package aurum.editor.internal.edit;

import java.util.Optional;
import java.util.function.Predicate;

import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;

/** Moves the selection from span to span: next, previous, next suggestion (wrapping around the document). */
public final class SpanNavigation {

    private final EditHost host;

    /** Navigates in {@code host}'s layer. */
    public SpanNavigation(EditHost host) {
        this.host = host;
    }

    /** Selects the next span after the selected one (or after the caret). */
    public boolean next() {
        return go(find(true, span -> span.status() != SpanStatus.REJECTED, false), "No further span.");
    }

    /** Selects the span before the selected one (or before the caret). */
    public boolean previous() {
        return go(find(false, span -> span.status() != SpanStatus.REJECTED, false), "No earlier span.");
    }

    /** Selects the next suggestion, wrapping to the start of the document. */
    public boolean nextSuggestion() {
        return go(find(true, span -> span.status() == SpanStatus.SUGGESTED, true), "No suggestions left.");
    }

    /** Selects the next suggestion after {@code span}, wrapping; used after accepting or rejecting it. */
    public boolean nextSuggestionAfter(Span span) {
        Layer layer = host.session().layer();
        Optional<Span> found = scan(layer, layer.find(span.id()).isPresent() ? layer.after(span.id())
                : layer.next(span.start()), true, s -> s.status() == SpanStatus.SUGGESTED);
        if (found.isEmpty()) {
            found = scan(layer, firstSpan(layer), true, s -> s.status() == SpanStatus.SUGGESTED);
        }
        return go(found, "All suggestions are decided.");
    }

    /** Selects {@code span} and scrolls it into view. */
    public void reveal(Span span) {
        host.select(span.start(), span.length());
    }

    private Optional<Span> find(boolean forward, Predicate<Span> wanted, boolean wrap) {
        Layer layer = host.session().layer();
        int[] selection = host.selection();
        Optional<Span> current = SelectedSpan.all(layer, selection[0], selection[1]).stream()
                .filter(s -> s.length() == selection[1]).reduce((a, b) -> b);
        Optional<Span> start;
        if (current.isPresent()) {
            start = forward ? layer.after(current.get().id()) : layer.before(current.get().id());
        } else {
            start = forward ? layer.next(selection[0] - 1) : layer.previous(selection[0]);
        }
        Optional<Span> found = scan(layer, start, forward, wanted);
        if (found.isEmpty() && wrap) {
            found = scan(layer, forward ? firstSpan(layer) : layer.previous(Integer.MAX_VALUE), forward, wanted);
        }
        return found;
    }

    private static Optional<Span> firstSpan(Layer layer) {
        return layer.next(-1);
    }

    private static Optional<Span> scan(Layer layer, Optional<Span> from, boolean forward, Predicate<Span> wanted) {
        Optional<Span> candidate = from;
        while (candidate.isPresent() && !wanted.test(candidate.get())) {
            candidate = forward ? layer.after(candidate.get().id()) : layer.before(candidate.get().id());
        }
        return candidate;
    }

    private boolean go(Optional<Span> target, String otherwise) {
        if (target.isEmpty()) {
            host.status(otherwise);
            return false;
        }
        reveal(target.get());
        return true;
    }
}
