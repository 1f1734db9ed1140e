package aurum.corpus.internal.store;

import aurum.core.model.Span;
import aurum.corpus.store.CorpusStoreException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the spans of a layer file without checking them against the text, for {@code aurum validate}:
 * where {@link aurum.corpus.store.CorpusStore#loadLayer} refuses a layer with a span out of bounds,
 * the validator wants every such span with its offset.
 */
public final class LayerSpans {

    private LayerSpans() {
    }

    /**
     * @param file the layer file
     * @param name the file as named in messages
     * @throws CorpusStoreException if the file is not a readable layer file, naming it and the span line
     */
    public static List<Span> read(Path file, String name) throws CorpusStoreException {
        return LayerFileReader.read(file, name).spans();
    }
}
