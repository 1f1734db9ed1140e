package aurum.labels.migration;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonObject;

import aurum.core.model.AttributeValue;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;

/** A span in the migration journal, with the fields and typed attributes of docs/FORMAT.md's layer files. */
final class SpanJson {

    private SpanJson() {
    }

    static JsonObject write(Span span) {
        JsonObject o = new JsonObject();
        o.addProperty("id", span.id());
        o.addProperty("start", span.start());
        o.addProperty("end", span.end());
        o.addProperty("label", span.labelId());
        if (!span.attributes().isEmpty()) {
            JsonObject attributes = new JsonObject();
            span.attributes().forEach((name, value) -> attributes.add(name, value(value)));
            o.add("attributes", attributes);
        }
        if (span.note() != null) {
            o.addProperty("note", span.note());
        }
        if (span.annotator() != null) {
            o.addProperty("annotator", span.annotator());
        }
        o.addProperty("created", span.created().toString());
        o.addProperty("modified", span.modified().toString());
        o.addProperty("status", span.status().name());
        return o;
    }

    static Span read(JsonObject o) {
        Map<String, AttributeValue> attributes = new TreeMap<>();
        if (o.has("attributes")) {
            o.getAsJsonObject("attributes").entrySet()
                    .forEach(e -> attributes.put(e.getKey(), value(e.getValue().getAsJsonObject())));
        }
        return new Span(o.get("id").getAsString(), o.get("start").getAsInt(), o.get("end").getAsInt(),
                o.get("label").getAsString(), attributes, text(o, "note"), text(o, "annotator"),
                Instant.parse(o.get("created").getAsString()), Instant.parse(o.get("modified").getAsString()),
                SpanStatus.valueOf(o.get("status").getAsString()));
    }

    private static String text(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsString() : null;
    }

    private static JsonObject value(AttributeValue value) {
        JsonObject o = new JsonObject();
        switch (value) {
            case AttributeValue.StringValue s -> o.addProperty("string", s.value());
            case AttributeValue.EnumValue e -> o.addProperty("enum", e.value());
            case AttributeValue.NumberValue n -> o.addProperty("number", n.value());
            case AttributeValue.BooleanValue b -> o.addProperty("boolean", b.value());
        }
        return o;
    }

    private static AttributeValue value(JsonObject o) {
        if (o.has("string")) {
            return AttributeValue.ofString(o.get("string").getAsString());
        }
        if (o.has("enum")) {
            return AttributeValue.ofEnum(o.get("enum").getAsString());
        }
        if (o.has("number")) {
            return AttributeValue.ofNumber(o.get("number").getAsBigDecimal());
        }
        return AttributeValue.ofBoolean(o.get("boolean").getAsBoolean());
    }
}
