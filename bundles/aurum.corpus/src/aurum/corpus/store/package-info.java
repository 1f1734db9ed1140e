/**
 * The crash-safe corpus store: documents and annotation layers kept in a folder that teams commit to
 * git. Every save is durable when it returns and checked against the revision the caller loaded, so
 * neither a crash nor a second Aurum on the same folder can lose an annotator's work.
 *
 * <p>The on-disk format is specified in {@code docs/FORMAT.md}; offsets are UTF-16 indices, end exclusive.
 */
package aurum.corpus.store;
