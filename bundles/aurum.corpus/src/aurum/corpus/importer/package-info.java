/**
 * Importers that turn files in common annotation formats into Aurum documents and spans, headless.
 * Each {@link aurum.corpus.importer.Importer} streams documents to an
 * {@link aurum.corpus.importer.ImportSink} so a large corpus never has to fit in memory at once, and
 * reports bad input as an {@link aurum.corpus.importer.ImportException} that says where and what to do.
 * {@link aurum.corpus.importer.Importers} creates the built-in ones.
 */
package aurum.corpus.importer;
