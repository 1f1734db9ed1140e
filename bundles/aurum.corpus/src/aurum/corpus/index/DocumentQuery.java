package aurum.corpus.index;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import java.util.Optional;

/**
 * Which documents to list; every filter given must hold. Immutable: each {@code with} method returns
 * a new query. Without an owner, the state and label filters hold when any layer matches; with one,
 * they apply to that owner's layer.
 *
 * <p>A layer that was never saved counts as {@link LayerState#NEW}: {@code state(NEW)} also matches
 * documents without any layer, and with an owner, documents that owner has no layer on.
 *
 * @param owner only this owner's layer, or {@code null}
 * @param state only layers in this state, or {@code null}
 * @param label only layers with at least one span of this label id, or {@code null}
 * @param text words that must occur in the text, case-insensitively; {@code "…"} marks a phrase;
 *        curly and straight quotes and apostrophes are alike; or {@code null}
 */
public record DocumentQuery(LayerOwner owner, LayerState state, String label, String text) {

    /** Every document. */
    public static final DocumentQuery ALL = new DocumentQuery(null, null, null, null);

    /** Treats blank label and text as absent. */
    public DocumentQuery {
        label = label == null || label.isBlank() ? null : label.strip();
        text = text == null || text.isBlank() ? null : text;
    }

    /** Restricts the state and label filters to {@code newOwner}'s layer, which must exist unless the state is NEW. */
    public DocumentQuery withOwner(LayerOwner newOwner) {
        return new DocumentQuery(newOwner, state, label, text);
    }

    /** Keeps documents with a layer in {@code newState}. */
    public DocumentQuery withState(LayerState newState) {
        return new DocumentQuery(owner, newState, label, text);
    }

    /** Keeps documents with a span labelled {@code newLabel}. */
    public DocumentQuery withLabel(String newLabel) {
        return new DocumentQuery(owner, state, newLabel, text);
    }

    /** Keeps documents whose text contains the words of {@code newText}. */
    public DocumentQuery withText(String newText) {
        return new DocumentQuery(owner, state, label, newText);
    }

    /** The owner filter, if any. */
    public Optional<LayerOwner> ownerFilter() {
        return Optional.ofNullable(owner);
    }

    /** Tells whether this query has no filter at all. */
    public boolean isAll() {
        return owner == null && state == null && label == null && text == null;
    }
}
