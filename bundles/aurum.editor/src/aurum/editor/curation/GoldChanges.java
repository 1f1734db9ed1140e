package aurum.editor.curation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import aurum.agreement.curation.Curation;
import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.editor.internal.session.LayerChange;

/**
 * Turns a curation decision into {@link LayerChange}s of the gold layer: the decision is made by the
 * headless {@link Curation} on a copy of the gold layer, and the difference to the real one becomes one
 * undoable, saved edit. So the editor decides exactly as {@code aurum curate} does, and undo and saving
 * go through the same path as every other edit.
 */
final class GoldChanges {

    private GoldChanges() {
    }

    /** The changes {@code decision} makes to {@code gold}, which is left as it is. */
    static List<LayerChange> of(Layer gold, List<Layer> sources, Clock clock, Consumer<Curation> decision) {
        Layer copy = Layer.restore(gold.document(), gold.owner(), gold.state(), gold.revision(), gold.spans());
        decision.accept(new Curation(copy, sources, clock));
        return difference(gold, copy);
    }

    /** Removals first, then replacements and additions, as {@code LayerSession.apply} expects. */
    static List<LayerChange> difference(Layer before, Layer after) {
        List<LayerChange> changes = new ArrayList<>();
        for (Span span : before.spans()) {
            if (!after.contains(span.id())) {
                changes.add(LayerChange.removed(span));
            }
        }
        for (Span span : after.spans()) {
            Span old = before.find(span.id()).orElse(null);
            if (old == null) {
                changes.add(LayerChange.added(span));
            } else if (!old.equals(span)) {
                changes.add(LayerChange.replaced(old, span));
            }
        }
        return changes;
    }
}
