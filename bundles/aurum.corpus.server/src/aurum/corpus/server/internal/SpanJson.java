package aurum.corpus.server.internal;

import aurum.core.model.AttributeValue;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Spans as the server keeps them in a layer's JSONB column: an object of span id to span, each span in the
 * layer file's span form (docs/FORMAT.md, "Layer files"; the id is the key), so the two stores hold the same
 * fields with the same meaning. Offsets are UTF-16 indices; instants keep nanoseconds.
 */
public final class SpanJson {

    private SpanJson() {
    }

    /** The JSONB object of {@code spans}, keyed by span id. */
    public static String layerObject(Collection<Span> spans) {
        JsonObject object = new JsonObject();
        for (Span span : spans) {
            object.add(span.id(), span(span));
        }
        return object.toString();
    }

    /** One span without its id, as stored under its id. */
    public static JsonObject span(Span span) {
        JsonObject json = new JsonObject();
        json.addProperty("start", span.start());
        json.addProperty("end", span.end());
        json.addProperty("label", span.labelId());
        if (!span.attributes().isEmpty()) {
            JsonObject attributes = new JsonObject();
            for (Map.Entry<String, AttributeValue> e : new TreeMap<>(span.attributes()).entrySet()) {
                attributes.add(e.getKey(), attribute(e.getValue()));
            }
            json.add("attributes", attributes);
        }
        if (span.note() != null) {
            json.addProperty("note", span.note());
        }
        if (span.annotator() != null) {
            json.addProperty("annotator", span.annotator());
        }
        json.addProperty("created", span.created().toString());
        json.addProperty("modified", span.modified().toString());
        json.addProperty("status", span.status().name());
        return json;
    }

    /**
     * Reads a layer's JSONB object back into spans (in no particular order: the layer sorts them).
     *
     * @throws IllegalArgumentException when a span is malformed, naming it
     */
    public static List<Span> readLayer(String json) {
        JsonObject object = JsonParser.parseString(json).getAsJsonObject();
        List<Span> spans = new ArrayList<>(object.size());
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
            spans.add(readSpan(e.getKey(), e.getValue().getAsJsonObject()));
        }
        return spans;
    }

    static Span readSpan(String id, JsonObject json) {
        try {
            Map<String, AttributeValue> attributes = new TreeMap<>();
            if (json.has("attributes")) {
                for (Map.Entry<String, JsonElement> a : json.getAsJsonObject("attributes").entrySet()) {
                    attributes.put(a.getKey(), readAttribute(a.getValue().getAsJsonObject()));
                }
            }
            return new Span(id, json.get("start").getAsInt(), json.get("end").getAsInt(),
                    json.get("label").getAsString(), attributes, optional(json, "note"), optional(json, "annotator"),
                    Instant.parse(json.get("created").getAsString()), Instant.parse(json.get("modified").getAsString()),
                    SpanStatus.valueOf(json.get("status").getAsString()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("span '" + id + "' on the server is malformed: " + e.getMessage(), e);
        }
    }

    private static String optional(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static JsonObject attribute(AttributeValue value) {
        JsonObject json = new JsonObject();
        switch (value) {
            case AttributeValue.StringValue s -> json.addProperty("string", s.value());
            case AttributeValue.EnumValue e -> json.addProperty("enum", e.value());
            case AttributeValue.NumberValue n -> json.add("number", new JsonPrimitive(n.value()));
            case AttributeValue.BooleanValue b -> json.addProperty("boolean", b.value());
        }
        return json;
    }

    private static AttributeValue readAttribute(JsonObject json) {
        if (json.size() != 1) {
            throw new IllegalArgumentException("an attribute value has exactly one typed entry, found " + json);
        }
        Map.Entry<String, JsonElement> entry = json.entrySet().iterator().next();
        JsonElement v = entry.getValue();
        return switch (entry.getKey()) {
            case "string" -> AttributeValue.ofString(v.getAsString());
            case "enum" -> AttributeValue.ofEnum(v.getAsString());
            case "number" -> AttributeValue.ofNumber(new BigDecimal(v.getAsJsonPrimitive().getAsString()));
            case "boolean" -> AttributeValue.ofBoolean(v.getAsBoolean());
            default -> throw new IllegalArgumentException("unknown attribute type '" + entry.getKey() + "'");
        };
    }
}
