package aurum.corpus.importer;

/**
 * Receives documents one at a time as an importer reads them, so the caller decides whether to keep,
 * store or count them and a large input never has to be held in memory as a whole.
 */
@FunctionalInterface
public interface ImportSink {

    /** Takes one imported document. */
    void accept(ImportedDocument document);

    /**
     * Takes a warning that belongs to no single document, such as archive entries that were skipped.
     * Ignored unless overridden.
     */
    default void warning(ImportWarning warning) {
        // most sinks only care about documents
    }

    /**
     * Takes a file, archive entry or record that cannot be imported (empty, binary, broken encoding, a bad
     * checksum, too large) when the importer can go on with the next one. The default rethrows it, which stops
     * the import (strict); a lenient sink records it as a warning and returns, and the importer skips it.
     *
     * @throws ImportException to stop the import
     */
    default void rejected(ImportException problem) throws ImportException {
        throw problem;
    }
}
