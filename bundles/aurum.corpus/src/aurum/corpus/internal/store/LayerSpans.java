package aurum.corpus.internal.store;

import aurum.core.model.Span;
import aurum.corpus.store.CorpusStoreException;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
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
        return parse(JsonFiles.readObject(file, name), name);
    }

    /** The spans of a parsed layer file, each error naming the span and its line. */
    static List<Span> parse(JsonObject root, String name) throws CorpusStoreException {
        JsonElement spansElement = root.get("spans");
        if (spansElement == null || !spansElement.isJsonArray()) {
            throw new JsonFields(root, name).error("field \"spans\" must be an array");
        }
        JsonArray array = spansElement.getAsJsonArray();
        List<Span> spans = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String where = name + " span " + (i + 1) + " (line " + (i + 2) + ")";
            if (!array.get(i).isJsonObject()) {
                throw new JsonFields(root, where).error("a span must be an object");
            }
            spans.add(SpanCodec.read(array.get(i).getAsJsonObject(), where));
        }
        return spans;
    }
}
