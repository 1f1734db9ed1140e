package aurum.corpus.lifecycle;

import aurum.core.model.LayerState;
import java.util.Objects;

/**
 * What became of one document's layer in a {@link DocumentLifecycle} move.
 *
 * @param documentId the document
 * @param before the layer's state before ({@link LayerState#NEW} when it was never saved)
 * @param after the layer's state now; equal to {@code before} when nothing had to change
 */
public record StateChange(String documentId, LayerState before, LayerState after) {

    /** Checks that nothing is missing. */
    public StateChange {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Whether the state moved. */
    public boolean changed() {
        return before != after;
    }
}
