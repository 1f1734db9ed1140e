package aurum.corpus.dedup;

/**
 * A pair found by the index with its estimated Jaccard similarity; {@code first} is the document added
 * earlier, so the later one is the candidate duplicate at import.
 */
public record SimilarPair(String first, String second, double similarity, Relation relation) {
}
