/**
 * The derived corpus index: lists, filters and searches the documents of a corpus by layer state,
 * annotator, label and text without reading every file. The index lives in {@code .aurum/index/}
 * of the corpus folder, is never the source of truth, and is rebuilt or resynchronised automatically
 * when it is missing, corrupt, of an older version or stale (see docs/FORMAT.md, "The index").
 * Obtain it from {@link aurum.corpus.store.CorpusStore#index()}.
 */
package aurum.corpus.index;
