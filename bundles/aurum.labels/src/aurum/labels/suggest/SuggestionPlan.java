package aurum.labels.suggest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import aurum.core.model.Layer;
import aurum.core.model.Span;

/**
 * How one layer changes to take a document's suggestions: the suggested spans to add and the open
 * suggestions to withdraw. Made by {@link SuggestionMerge#plan} without touching the layer, so that the
 * store ({@link #applyTo}) or an editor (as one undoable edit) can carry it out.
 */
public final class SuggestionPlan {

    private final List<Span> added;
    private final List<Span> withdrawn;
    private final int kept;
    private final int attributesLeftOut;

    SuggestionPlan(List<Span> added, List<Span> withdrawn, int kept, int attributesLeftOut) {
        this.added = List.copyOf(added);
        this.withdrawn = List.copyOf(withdrawn);
        this.kept = kept;
        this.attributesLeftOut = attributesLeftOut;
    }

    /** New SUGGESTED spans, most confident first. */
    public List<Span> added() {
        return added;
    }

    /** Open suggestions removed because the recognizer that made them no longer proposes them. */
    public List<Span> withdrawn() {
        return withdrawn;
    }

    /** Spans of the layer left as they were. */
    public int kept() {
        return kept;
    }

    /** Attribute values of the added suggestions that their label does not declare (or not with that type). */
    public int attributesLeftOut() {
        return attributesLeftOut;
    }

    /** New spans per label, sorted by label id. */
    public Map<String, Integer> addedByLabel() {
        Map<String, Integer> counts = new TreeMap<>();
        added.forEach(s -> counts.merge(s.labelId(), 1, Integer::sum));
        return counts;
    }

    /** Whether carrying the plan out changes the layer. */
    public boolean changesLayer() {
        return !added.isEmpty() || !withdrawn.isEmpty();
    }

    /** Carries the plan out on {@code layer}, the layer (or a copy of the layer) it was made from. */
    public void applyTo(Layer layer) {
        withdrawn.forEach(span -> layer.remove(span.id()));
        layer.addAll(added);
    }
}
