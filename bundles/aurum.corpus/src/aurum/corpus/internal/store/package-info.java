/**
 * The folder implementation of {@link aurum.corpus.store.CorpusStore}: atomic file writes, the corpus
 * lock, and the JSON codecs for the files specified in {@code docs/FORMAT.md}. Not API.
 */
package aurum.corpus.internal.store;
