/**
 * The corpus index on Apache Lucene: scanning file stamps, turning documents and layers into Lucene
 * documents, translating queries. Internal; the API is {@code aurum.corpus.index}.
 */
package aurum.corpus.internal.index;
