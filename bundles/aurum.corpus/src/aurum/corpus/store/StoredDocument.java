package aurum.corpus.store;

/**
 * What {@link DocumentBatch#add} did with a document.
 *
 * @param id the id the text is stored under: the requested id, or the id of the document that already
 *        holds the same text
 * @param added {@code true} when the text was new to the corpus, {@code false} when it was there already
 */
public record StoredDocument(String id, boolean added) {
}
