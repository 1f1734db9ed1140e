package aurum.editor.internal.session;

import aurum.core.model.Span;

/**
 * One change of a layer, kept with both versions of the span so that it can be undone: {@code before}
 * is null for an added span, {@code after} is null for a removed one.
 */
public record LayerChange(Span before, Span after) {

    /** Checks that at least one side is given and that both sides name the same span. */
    public LayerChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a span before or after it");
        }
        if (before != null && after != null && !before.id().equals(after.id())) {
            throw new IllegalArgumentException("a change keeps the span id: " + before.id() + " vs " + after.id());
        }
    }

    /** An added span. */
    public static LayerChange added(Span span) {
        return new LayerChange(null, span);
    }

    /** A removed span. */
    public static LayerChange removed(Span span) {
        return new LayerChange(span, null);
    }

    /** A replaced span (relabelled, moved, accepted, …). */
    public static LayerChange replaced(Span before, Span after) {
        return new LayerChange(before, after);
    }

    /** The change that undoes this one. */
    public LayerChange inverse() {
        return new LayerChange(after, before);
    }

    /** The id of the changed span. */
    public String spanId() {
        return before != null ? before.id() : after.id();
    }
}
