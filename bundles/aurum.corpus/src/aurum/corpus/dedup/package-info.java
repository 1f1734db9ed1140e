/**
 * Near-duplicate detection for documents at import: MinHash {@link aurum.corpus.dedup.Signature}s over
 * word shingles, computed once per document and stored with it, and an incremental
 * {@link aurum.corpus.dedup.DuplicateIndex} that finds candidate pairs by LSH banding (never all pairs)
 * and groups documents into near-duplicate and related clusters. Everything is deterministic: the
 * hash seeds are fixed in {@link aurum.corpus.dedup.DedupSettings}.
 */
package aurum.corpus.dedup;
