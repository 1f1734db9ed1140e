package aurum.corpus.internal.store;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;

/** Reads and writes {@code documents/<id>.meta.json} (docs/FORMAT.md), fields in a fixed order. */
final class DocumentMetaCodec {

    private DocumentMetaCodec() {
    }

    static String write(Document document) {
        DocumentMetadata meta = document.metadata();
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            json.beginObject();
            json.name("formatVersion").value(JsonFiles.FORMAT_VERSION);
            json.name("id").value(document.id());
            json.name("contentHash").value(document.contentHash());
            json.name("length").value(document.length());
            json.name("bomRemoved").value(document.byteOrderMarkRemoved());
            optional(json, "title", meta.title());
            optional(json, "sourceFile", meta.sourceFile());
            optional(json, "date", meta.date() == null ? null : meta.date().toString());
            optional(json, "url", meta.url() == null ? null : meta.url().toString());
            optional(json, "language", meta.language());
            json.endObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out + "\n";
    }

    static DocumentInfo read(Path file, String name, String expectedId) throws CorpusStoreException {
        JsonFields fields = new JsonFields(JsonFiles.readObject(file, name), name);
        String id = fields.string("id");
        if (!id.equals(expectedId)) {
            throw fields.error("it names document '" + id + "' but its file name says '" + expectedId + "'");
        }
        int length = fields.integer("length");
        if (length < 0) {
            throw fields.error("length " + length + " is impossible");
        }
        String date = fields.optionalString("date");
        String url = fields.optionalString("url");
        DocumentMetadata meta;
        try {
            meta = new DocumentMetadata(fields.optionalString("sourceFile"), fields.optionalString("title"),
                    date == null ? null : LocalDate.parse(date), url == null ? null : new URI(url),
                    fields.optionalString("language"));
        } catch (Exception e) {
            throw fields.error("bad date, url or language (" + e.getMessage() + ")");
        }
        return new DocumentInfo(id, fields.string("contentHash"), length, fields.bool("bomRemoved"), meta);
    }

    private static void optional(JsonWriter json, String name, String value) throws IOException {
        if (value != null) {
            json.name(name).value(value);
        }
    }
}
