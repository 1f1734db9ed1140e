package aurum.corpus.internal.store;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStoreException;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes layer files (docs/FORMAT.md): a one-line header, then one span per line in
 * document order, so git diffs and merges work span by span.
 */
final class LayerCodec {

    private static final String GOLD = "gold";
    private static final String ANNOTATOR_PREFIX = "annotator:";

    private LayerCodec() {
    }

    /** The layer's file content, stored under {@code revision}. */
    static String write(Layer layer, long revision) {
        StringBuilder out = new StringBuilder(64 + layer.size() * 200);
        out.append("{\"formatVersion\":").append(JsonFiles.FORMAT_VERSION)
                .append(",\"document\":").append(quote(layer.document().id()))
                .append(",\"contentHash\":").append(quote(layer.document().contentHash()))
                .append(",\"owner\":").append(quote(ownerKey(layer.owner())))
                .append(",\"state\":").append(quote(layer.state().name()))
                .append(",\"revision\":").append(revision)
                .append(",\"spans\":[\n");
        List<Span> spans = layer.spans();
        for (int i = 0; i < spans.size(); i++) {
            out.append(SpanCodec.write(spans.get(i))).append(i + 1 < spans.size() ? ",\n" : "\n");
        }
        return out.append("]}\n").toString();
    }

    /** The owner as written in the file: {@code gold} or {@code annotator:<id>}. */
    static String ownerKey(LayerOwner owner) {
        return switch (owner) {
            case LayerOwner.Annotator annotator -> ANNOTATOR_PREFIX + annotator.id();
            case LayerOwner.Gold gold -> GOLD;
        };
    }

    /** Reads only the stored revision, for the check before a save. */
    static long readRevision(Path file, String name) throws CorpusStoreException {
        return new JsonFields(JsonFiles.readObject(file, name), name).number("revision");
    }

    /** Reads a layer of {@code document}, checking that it belongs to that document and owner. */
    static Layer read(Path file, String name, Document document, LayerOwner owner) throws CorpusStoreException {
        JsonObject root = JsonFiles.readObject(file, name);
        JsonFields fields = new JsonFields(root, name);
        if (!document.id().equals(fields.string("document")) || !ownerKey(owner).equals(fields.string("owner"))) {
            throw fields.error("it belongs to document '" + fields.string("document") + "' and owner '"
                    + fields.string("owner") + "', not to '" + document.id() + "' and '" + ownerKey(owner) + "'");
        }
        if (!document.contentHash().equals(fields.string("contentHash"))) {
            throw fields.error("its contentHash does not match the text of document '" + document.id()
                    + "', so its offsets would point at the wrong characters; the document text was changed"
                    + " after annotating. Restore documents/" + document.id() + ".txt from git");
        }
        LayerState state = fields.parsed("state", LayerState::valueOf, "a layer state");
        long revision = fields.number("revision");
        List<Span> spans = LayerSpans.parse(root, name);
        try {
            return Layer.restore(document, owner, state, revision, spans);
        } catch (IllegalArgumentException e) {
            throw fields.error(e.getMessage());
        }
    }

    private static String quote(String value) {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.value(value);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
