package aurum.corpus.internal.store;

import aurum.corpus.dedup.Relation;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentRelation;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code clusters.json} (docs/FORMAT.md): one near-duplicate cluster per line, then one
 * relation per line, both sorted by id, so a re-import that finds one more copy changes one line.
 */
final class ClusterFile {

    private ClusterFile() {
    }

    static String write(CorpusAnalysis.Result result) {
        StringBuilder out = new StringBuilder();
        out.append("{\"formatVersion\":").append(JsonFiles.FORMAT_VERSION).append(",\"nearDuplicateClusters\":[\n");
        List<List<String>> clusters = result.clusters();
        for (int i = 0; i < clusters.size(); i++) {
            List<String> cluster = clusters.get(i);
            out.append(json(w -> {
                w.beginArray();
                for (String id : cluster) {
                    w.value(id);
                }
                w.endArray();
            })).append(i + 1 < clusters.size() ? ",\n" : "\n");
        }
        out.append("],\"relations\":[\n");
        List<DocumentRelation> relations = result.relations();
        for (int i = 0; i < relations.size(); i++) {
            DocumentRelation r = relations.get(i);
            out.append(json(w -> w.beginObject().name("first").value(r.first()).name("second").value(r.second())
                    .name("relation").value(r.relation().name()).name("similarity").value(r.similarity())
                    .endObject())).append(i + 1 < relations.size() ? ",\n" : "\n");
        }
        return out.append("]}\n").toString();
    }

    /** The stored result; empty when the corpus has no {@code clusters.json} yet. */
    static CorpusAnalysis.Result read(Path file, String name) throws CorpusStoreException {
        if (!Files.exists(file)) {
            return new CorpusAnalysis.Result(List.of(), List.of());
        }
        JsonObject root = JsonFiles.readObject(file, name);
        JsonFields fields = new JsonFields(root, name);
        List<List<String>> clusters = new ArrayList<>();
        for (JsonElement cluster : array(root, "nearDuplicateClusters", fields)) {
            if (!cluster.isJsonArray() || cluster.getAsJsonArray().size() < 2) {
                throw fields.error("each near-duplicate cluster must be an array of two or more ids");
            }
            List<String> members = new ArrayList<>();
            for (JsonElement id : cluster.getAsJsonArray()) {
                if (!id.isJsonPrimitive() || !id.getAsJsonPrimitive().isString()) {
                    throw fields.error("cluster members must be document ids (strings)");
                }
                members.add(id.getAsString());
            }
            clusters.add(List.copyOf(members));
        }
        List<DocumentRelation> relations = new ArrayList<>();
        for (JsonElement element : array(root, "relations", fields)) {
            String where = name + ", relations[" + relations.size() + "]";
            if (!element.isJsonObject()) {
                throw new JsonFields(root, where).error("expected an object {first, second, relation, similarity}");
            }
            JsonFields r = new JsonFields(element.getAsJsonObject(), where);
            String first = r.string("first");
            String second = r.string("second");
            if (first.compareTo(second) >= 0) {
                throw r.error("\"first\" must sort before \"second\"");
            }
            Relation relation = r.parsed("relation", Relation::valueOf, "NEAR_DUPLICATE or RELATED");
            JsonElement similarity = element.getAsJsonObject().get("similarity");
            if (similarity == null || !similarity.isJsonPrimitive() || !similarity.getAsJsonPrimitive().isNumber()) {
                throw r.error("field \"similarity\" must be a number");
            }
            relations.add(new DocumentRelation(first, second, relation, similarity.getAsDouble()));
        }
        return new CorpusAnalysis.Result(List.copyOf(relations), List.copyOf(clusters));
    }

    private static Iterable<JsonElement> array(JsonObject root, String field, JsonFields fields)
            throws CorpusStoreException {
        JsonElement element = root.get(field);
        if (element == null || element.isJsonNull()) {
            return List.of();
        }
        if (!element.isJsonArray()) {
            throw fields.error("field \"" + field + "\" must be an array");
        }
        return element.getAsJsonArray();
    }

    private interface Body {
        void write(JsonWriter writer) throws IOException;
    }

    private static String json(Body body) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = new JsonWriter(out)) {
            body.write(writer);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
