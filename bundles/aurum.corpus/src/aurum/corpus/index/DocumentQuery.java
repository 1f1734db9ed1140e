package aurum.corpus.index;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import java.util.Optional;
import java.util.Set;

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
 * @param ids only these documents, or {@code null} for any
 * @param match what a person typed into a filter box: the document's id or title contains it, ignoring
 *        case, or its text contains its words as for {@code text}; or {@code null}
 */
public record DocumentQuery(LayerOwner owner, LayerState state, String label, String text, Set<String> ids,
        String match) {

    /** Every document. */
    public static final DocumentQuery ALL = new DocumentQuery(null, null, null, null);

    /** Treats blank label, text and match as absent and copies the ids. */
    public DocumentQuery {
        label = label == null || label.isBlank() ? null : label.strip();
        text = text == null || text.isBlank() ? null : text;
        match = match == null || match.isBlank() ? null : match.strip();
        ids = ids == null ? null : Set.copyOf(ids);
    }

    /** A query on layers and words, without an id set or a filter-box match. */
    public DocumentQuery(LayerOwner owner, LayerState state, String label, String text) {
        this(owner, state, label, text, null, null);
    }

    /** Restricts the state and label filters to {@code newOwner}'s layer, which must exist unless the state is NEW. */
    public DocumentQuery withOwner(LayerOwner newOwner) {
        return new DocumentQuery(newOwner, state, label, text, ids, match);
    }

    /** Keeps documents with a layer in {@code newState}. */
    public DocumentQuery withState(LayerState newState) {
        return new DocumentQuery(owner, newState, label, text, ids, match);
    }

    /** Keeps documents with a span labelled {@code newLabel}. */
    public DocumentQuery withLabel(String newLabel) {
        return new DocumentQuery(owner, state, newLabel, text, ids, match);
    }

    /** Keeps documents whose text contains the words of {@code newText}. */
    public DocumentQuery withText(String newText) {
        return new DocumentQuery(owner, state, label, newText, ids, match);
    }

    /** Keeps only the documents {@code newIds} names (e.g. those assigned to someone); {@code null} keeps all. */
    public DocumentQuery withIds(Set<String> newIds) {
        return new DocumentQuery(owner, state, label, text, newIds, match);
    }

    /** Keeps documents whose id or title contains {@code typed} (ignoring case) or whose text has its words. */
    public DocumentQuery withMatch(String typed) {
        return new DocumentQuery(owner, state, label, text, ids, typed);
    }

    /** The owner filter, if any. */
    public Optional<LayerOwner> ownerFilter() {
        return Optional.ofNullable(owner);
    }

    /** Tells whether this query has no filter at all. */
    public boolean isAll() {
        return owner == null && state == null && label == null && text == null && ids == null && match == null;
    }
}
