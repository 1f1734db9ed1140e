package aurum.corpus.importer;

import java.nio.file.Path;

/**
 * Reads one input format into documents and spans. Implementations are stateless and may be shared;
 * they stream documents to the sink as they are read so that memory use is bounded by the largest
 * single document, not the corpus.
 */
public interface Importer {

    /** A short name for menus and the CLI, such as {@code "brat"}. */
    String name();

    /** Tells whether this importer can read {@code source}, judging by its name and kind only. */
    boolean accepts(Path source);

    /**
     * Reads {@code source} and hands each document to {@code sink} in a stable order.
     *
     * @throws ImportException if the input is unreadable or malformed; documents handed to the sink
     *         before the problem was found stay handed over
     */
    void read(Path source, ImportSink sink, ImportProgress progress) throws ImportException;
}
