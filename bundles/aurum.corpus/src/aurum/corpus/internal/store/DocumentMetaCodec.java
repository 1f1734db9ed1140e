package aurum.corpus.internal.store;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.boilerplate.RegionKind;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes {@code documents/<id>.meta.json} (docs/FORMAT.md), fields in a fixed order. */
final class DocumentMetaCodec {

    private DocumentMetaCodec() {
    }

    static String write(Document document) {
        return write(document, List.of());
    }

    /** The meta file of {@code document} with its proposed boilerplate {@code regions} (sorted, in range). */
    static String write(Document document, List<ExcludedRegion> regions) {
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
        return regions.isEmpty() ? out + "\n" : withRegions(out.toString(), regions);
    }

    /** Appends the regions one per line, so that a changed region is a one-line diff. */
    private static String withRegions(String object, List<ExcludedRegion> regions) {
        StringBuilder sb = new StringBuilder(object.substring(0, object.lastIndexOf('}')).stripTrailing());
        sb.append(",\n  \"excludedRegions\": [\n");
        for (int i = 0; i < regions.size(); i++) {
            ExcludedRegion r = regions.get(i);
            StringWriter line = new StringWriter();
            try (JsonWriter json = new JsonWriter(line)) {
                json.beginObject().name("start").value(r.start()).name("end").value(r.end())
                        .name("kind").value(r.kind().name()).name("reason").value(r.reason()).endObject();
            } catch (IOException e) {
                throw new IllegalStateException("writing to a string cannot fail", e);
            }
            sb.append("    ").append(line).append(i + 1 < regions.size() ? ",\n" : "\n");
        }
        return sb.append("  ]\n}\n").toString();
    }

    static DocumentInfo read(Path file, String name, String expectedId) throws CorpusStoreException {
        return read(new JsonFields(JsonFiles.readObject(file, name), name), expectedId);
    }

    private static DocumentInfo read(JsonFields fields, String expectedId) throws CorpusStoreException {
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

    /**
     * The excluded regions stored in the meta file of document {@code id}; empty when the field is absent
     * (files written before the field existed, or documents without boilerplate).
     */
    static List<ExcludedRegion> readRegions(Path file, String name, String expectedId) throws CorpusStoreException {
        JsonObject object = JsonFiles.readObject(file, name);
        DocumentInfo info = read(new JsonFields(object, name), expectedId);
        JsonElement array = object.get("excludedRegions");
        if (array == null || array.isJsonNull()) {
            return List.of();
        }
        JsonFields fields = new JsonFields(object, name);
        if (!array.isJsonArray()) {
            throw fields.error("field \"excludedRegions\" must be an array");
        }
        List<ExcludedRegion> regions = new ArrayList<>();
        int previousEnd = 0;
        for (JsonElement element : array.getAsJsonArray()) {
            String where = name + ", excludedRegions[" + regions.size() + "]";
            if (!element.isJsonObject()) {
                throw new JsonFields(object, where).error("expected an object {start, end, kind, reason}");
            }
            JsonFields region = new JsonFields(element.getAsJsonObject(), where);
            int start = region.integer("start");
            int end = region.integer("end");
            if (start < previousEnd || end <= start || end > info.length()) {
                throw region.error("region [" + start + ", " + end + ") must be non-empty, inside the text (length "
                        + info.length() + ") and after the previous region");
            }
            RegionKind kind = region.parsed("kind", RegionKind::valueOf, "one of " + List.of(RegionKind.values()));
            String reason = region.optionalString("reason");
            regions.add(new ExcludedRegion(start, end, kind, reason == null ? "" : reason));
            previousEnd = end;
        }
        return List.copyOf(regions);
    }

    private static void optional(JsonWriter json, String name, String value) throws IOException {
        if (value != null) {
            json.name(name).value(value);
        }
    }
}
