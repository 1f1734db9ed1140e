package aurum.learn.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import aurum.learn.HeldOut;
import aurum.learn.ModelManifest;
import aurum.learn.ModelParameters;
import aurum.learn.TrainingSummary;

/** Writes and reads {@code manifest.json} in the key order of docs/FORMAT.md. */
public final class ManifestJson {

    private ManifestJson() {
    }

    /** The manifest as pretty-printed JSON. */
    public static String write(ModelManifest m) {
        JsonObject o = new JsonObject();
        o.addProperty("format", m.format());
        o.addProperty("library", m.library());
        o.addProperty("trainedAt", m.trainedAt().toString());
        JsonObject set = new JsonObject();
        set.addProperty("id", m.labelSetId());
        set.addProperty("version", m.labelSetVersion());
        o.add("labelSet", set);
        JsonArray labels = new JsonArray();
        m.labels().forEach(labels::add);
        o.add("labels", labels);
        TrainingSummary s = m.summary();
        o.addProperty("documents", s.documents());
        o.addProperty("completeDocuments", s.completeDocuments());
        o.addProperty("segments", s.segments());
        JsonObject perLabel = new JsonObject();
        new TreeMap<>(s.spansPerLabel()).forEach(perLabel::addProperty);
        o.add("spansPerLabel", perLabel);
        o.addProperty("skippedSpans", s.skipped());
        if (!s.heldOut().isEmpty()) {
            JsonObject heldOut = new JsonObject();
            new TreeMap<>(s.heldOut()).forEach((label, h) -> {
                JsonObject counts = new JsonObject();
                counts.addProperty("proposed", h.proposed());
                counts.addProperty("right", h.right());
                heldOut.add(label, counts);
            });
            o.add("heldOut", heldOut);
        }
        o.addProperty("trainingMillis", s.millis());
        o.addProperty("decidedSpans", m.decidedSpans());
        o.addProperty("fingerprint", m.fingerprint());
        ModelParameters p = m.parameters();
        JsonObject params = new JsonObject();
        params.addProperty("algorithm", p.algorithm());
        params.addProperty("iterations", p.iterations());
        params.addProperty("cutoff", p.cutoff());
        params.addProperty("threads", p.threads());
        params.addProperty("minimumConfidence", p.minimumConfidence());
        o.add("parameters", params);
        o.addProperty("modelSha256", m.modelSha256());
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    /**
     * Reads a manifest.
     *
     * @throws IllegalArgumentException naming the missing or bad field
     */
    public static ModelManifest read(String json) {
        JsonObject o;
        try {
            o = JsonParser.parseString(json).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
        int format = integer(o, "format");
        if (format != ModelManifest.FORMAT) {
            throw new IllegalArgumentException("format " + format + " is not " + ModelManifest.FORMAT);
        }
        JsonObject set = object(o, "labelSet");
        List<String> labels = new ArrayList<>();
        for (JsonElement e : array(o, "labels")) {
            labels.add(e.getAsString());
        }
        Map<String, Integer> perLabel = new TreeMap<>();
        object(o, "spansPerLabel").entrySet().forEach(e -> perLabel.put(e.getKey(), e.getValue().getAsInt()));
        JsonObject p = object(o, "parameters");
        ModelParameters parameters = new ModelParameters(string(p, "algorithm"), integer(p, "iterations"),
                integer(p, "cutoff"), integer(p, "threads"), p.get("minimumConfidence").getAsDouble());
        Map<String, HeldOut> heldOut = new TreeMap<>();
        if (o.has("heldOut")) { // since 0.2; absent when not judged
            for (Map.Entry<String, JsonElement> e : object(o, "heldOut").entrySet()) {
                if (!e.getValue().isJsonObject()) {
                    throw new IllegalArgumentException("field 'heldOut." + e.getKey() + "' is not an object");
                }
                JsonObject counts = e.getValue().getAsJsonObject();
                heldOut.put(e.getKey(), new HeldOut(integer(counts, "proposed"), integer(counts, "right")));
            }
        }
        TrainingSummary summary = new TrainingSummary(integer(o, "documents"), integer(o, "completeDocuments"),
                integer(o, "segments"), perLabel, integer(o, "skippedSpans"), o.get("trainingMillis").getAsLong(),
                heldOut);
        return new ModelManifest(format, string(o, "library"), Instant.parse(string(o, "trainedAt")),
                string(set, "id"), string(set, "version"), labels, summary, integer(o, "decidedSpans"),
                string(o, "fingerprint"), parameters, string(o, "modelSha256"));
    }

    private static JsonElement field(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            throw new IllegalArgumentException("missing field '" + name + "'");
        }
        return e;
    }

    private static String string(JsonObject o, String name) {
        return field(o, name).getAsString();
    }

    private static int integer(JsonObject o, String name) {
        try {
            return field(o, name).getAsInt();
        } catch (NumberFormatException | UnsupportedOperationException | IllegalStateException e) {
            throw new IllegalArgumentException("field '" + name + "' is not a number", e);
        }
    }

    private static JsonObject object(JsonObject o, String name) {
        JsonElement e = field(o, name);
        if (!e.isJsonObject()) {
            throw new IllegalArgumentException("field '" + name + "' is not an object");
        }
        return e.getAsJsonObject();
    }

    private static JsonArray array(JsonObject o, String name) {
        JsonElement e = field(o, name);
        if (!e.isJsonArray()) {
            throw new IllegalArgumentException("field '" + name + "' is not an array");
        }
        return e.getAsJsonArray();
    }
}
