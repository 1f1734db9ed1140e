package aurum.corpus.store;

import aurum.corpus.dedup.Relation;

/**
 * Two stored documents found alike at import, as kept in {@code clusters.json} (docs/FORMAT.md).
 *
 * @param first the smaller id
 * @param second the larger id
 * @param relation {@link Relation#NEAR_DUPLICATE} (the same text for annotation purposes) or
 *        {@link Relation#RELATED} (another write-up of the same story: one of either document's few most
 *        similar others, see {@link aurum.corpus.dedup.RelatedIndex})
 * @param similarity the measure that decided, rounded to four places: estimated Jaccard similarity of
 *        word 3-shingles for near-duplicates, key-term similarity ({@link aurum.corpus.dedup.KeyTerms}) for
 *        related pairs
 */
public record DocumentRelation(String first, String second, Relation relation, double similarity) {

    public DocumentRelation {
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("first must sort before second: " + first + ", " + second);
        }
    }
}
