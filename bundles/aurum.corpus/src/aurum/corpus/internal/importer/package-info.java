/**
 * The built-in importers behind {@link aurum.corpus.importer.Importers} and their shared helpers:
 * streaming text decoding with encoding detection, document ids and titles. Not API.
 */
package aurum.corpus.internal.importer;
