package aurum.corpus.store;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * A stored layer as its file and change journal hold it, read without the document's text: what passes
 * over a whole corpus need when they only look at labels, states and counts (planning an export,
 * statistics). See {@link CorpusStore#layerSnapshot}.
 *
 * @param owner whose layer it is
 * @param state the stored state, {@link LayerState#NEW} for a layer never saved
 * @param revision the stored revision, 0 for a layer never saved
 * @param spans the spans in the order the file and journal give them
 */
public record LayerSnapshot(LayerOwner owner, LayerState state, long revision, List<Span> spans) {

    /** Copies the span list. */
    public LayerSnapshot {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(state, "state");
        spans = List.copyOf(spans);
    }
}
