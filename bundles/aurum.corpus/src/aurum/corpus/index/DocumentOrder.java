package aurum.corpus.index;

import aurum.core.model.LayerOwner;
import java.util.Objects;

/**
 * The order of a {@link DocumentListing}, sorted by the index rather than in memory. Ties are broken by
 * document id, so an order is total and a listing is the same whenever the corpus is.
 *
 * @param key what to sort by
 * @param owner whose layer {@link Key#STATE} and {@link Key#SPANS} look at; ignored by the other keys
 * @param descending largest first
 */
public record DocumentOrder(Key key, LayerOwner owner, boolean descending) {

    /** What a listing can be sorted by. */
    public enum Key {
        /** The document id. */
        ID,
        /** The title, ignoring case; a document without a title sorts by its id. */
        TITLE,
        /** The text length. */
        LENGTH,
        /** The state of the owner's layer; a document without one counts as {@code NEW}. */
        STATE,
        /** The number of spans in the owner's layer, rejected ones not counted; none without a layer. */
        SPANS
    }

    /** By id, ascending: the order of {@link CorpusIndex#find}. */
    public static final DocumentOrder BY_ID = new DocumentOrder(Key.ID, null, false);

    /** Checks that the keys that read a layer name its owner. */
    public DocumentOrder {
        Objects.requireNonNull(key, "key");
        if ((key == Key.STATE || key == Key.SPANS) && owner == null) {
            throw new IllegalArgumentException("sorting by " + key + " needs the owner of the layer to look at");
        }
    }

    /** Ascending by {@code key}. */
    public static DocumentOrder by(Key key) {
        return new DocumentOrder(key, null, false);
    }

    /** Ascending by {@code key} of {@code owner}'s layer. */
    public static DocumentOrder by(Key key, LayerOwner owner) {
        return new DocumentOrder(key, owner, false);
    }

    /** The same key, the other way round. */
    public DocumentOrder reversed() {
        return new DocumentOrder(key, owner, !descending);
    }
}
