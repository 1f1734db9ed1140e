/**
 * Read-only listing of a folder of plain-text documents, the shape the sample corpus ships in.
 * The versioned corpus store (docs/FORMAT.md) builds on this for import.
 */
package aurum.corpus.folder;
