package aurum.corpus.internal.store;

import aurum.core.model.Span;
import aurum.corpus.store.CorpusStoreException;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a layer file as a stream: the header fields become a small {@link JsonObject} (checked by
 * {@link JsonFields} like any other file), the spans are decoded one by one without a tree of the whole
 * file, which halved loading a 100k-span layer and kept its 20 MB out of the heap (docs/PERFORMANCE.md).
 */
final class LayerFileReader {

    private static final TypeAdapter<JsonElement> TREE = new Gson().getAdapter(JsonElement.class);

    /** The header fields and, when asked for, the spans ({@code null} otherwise). */
    record Parsed(JsonObject header, List<Span> spans) {
    }

    private LayerFileReader() {
    }

    /** Reads the header and every span. */
    static Parsed read(Path file, String name) throws CorpusStoreException {
        return parse(file, name, true);
    }

    /** Reads the header only, stopping at the first line when the file is as the store writes it. */
    static JsonObject header(Path file, String name) throws CorpusStoreException {
        return parse(file, name, false).header();
    }

    private static Parsed parse(Path file, String name, boolean withSpans) throws CorpusStoreException {
        JsonObject header = new JsonObject();
        List<Span> spans = null;
        try (JsonReader json = JsonFiles.openStream(file)) {
            if (json.peek() != JsonToken.BEGIN_OBJECT) {
                throw new CorpusStoreException("Cannot read " + name + ": expected a JSON object. Restore it from git.");
            }
            json.beginObject();
            while (json.hasNext()) {
                String field = json.nextName();
                if (field.equals("spans")) {
                    if (!withSpans && header.has("revision") && header.has("formatVersion")) {
                        return new Parsed(checked(header, name), null);
                    }
                    spans = withSpans ? spans(json, header, name) : skip(json);
                } else {
                    header.add(field, TREE.read(json));
                }
            }
            json.endObject();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("unexpected data after the JSON object at " + json);
            }
        } catch (CorpusStoreException e) {
            throw e;
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            throw JsonFiles.malformed(name, e);
        }
        checked(header, name);
        if (withSpans && spans == null) {
            throw new JsonFields(header, name).error("field \"spans\" must be an array");
        }
        return new Parsed(header, spans);
    }

    private static JsonObject checked(JsonObject header, String name) throws CorpusStoreException {
        JsonFiles.checkVersion(header, name);
        return header;
    }

    private static List<Span> spans(JsonReader json, JsonObject header, String name)
            throws CorpusStoreException, IOException {
        if (json.peek() != JsonToken.BEGIN_ARRAY) {
            throw new JsonFields(header, name).error("field \"spans\" must be an array");
        }
        List<Span> spans = new ArrayList<>();
        json.beginArray();
        while (json.hasNext()) {
            int number = spans.size() + 1;
            spans.add(SpanCodec.read(json, name + " span " + number + " (line " + (number + 1) + ")"));
        }
        json.endArray();
        return spans;
    }

    private static List<Span> skip(JsonReader json) throws IOException {
        json.skipValue();
        return null;
    }
}
