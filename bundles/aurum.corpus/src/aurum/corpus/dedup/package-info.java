/**
 * The two relations found between documents at import, each bounded. Near-duplicates: MinHash
 * {@link aurum.corpus.dedup.Signature}s over word shingles and an incremental
 * {@link aurum.corpus.dedup.DuplicateIndex} that finds candidate pairs by LSH banding (never all pairs)
 * and groups copies into clusters. Related documents (other write-ups of one story):
 * {@link aurum.corpus.dedup.KeyTerms} weighed with {@link aurum.corpus.dedup.DocumentFrequencies} and a
 * {@link aurum.corpus.dedup.RelatedIndex} that keeps each document's few most similar others above a
 * threshold. Everything is deterministic: the hash seeds are fixed in
 * {@link aurum.corpus.dedup.DedupSettings}. Where the results are kept: docs/FORMAT.md.
 */
package aurum.corpus.dedup;
