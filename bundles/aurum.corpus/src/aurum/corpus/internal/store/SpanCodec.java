package aurum.corpus.internal.store;

import aurum.core.model.AttributeValue;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusStoreException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One span as one line of JSON, keys in a fixed order and attributes sorted by name, so that a change
 * to one span is a one-line diff in git. Attribute values carry their type as the key of a one-entry
 * object, because STRING and ENUM values look alike in JSON.
 */
final class SpanCodec {

    private SpanCodec() {
    }

    static String write(Span span) {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.beginObject();
            json.name("id").value(span.id());
            json.name("start").value(span.start());
            json.name("end").value(span.end());
            json.name("label").value(span.labelId());
            if (!span.attributes().isEmpty()) {
                json.name("attributes").beginObject();
                for (Map.Entry<String, AttributeValue> entry : span.attributes().entrySet()) {
                    json.name(entry.getKey()).beginObject();
                    writeValue(json, entry.getValue());
                    json.endObject();
                }
                json.endObject();
            }
            if (span.note() != null) {
                json.name("note").value(span.note());
            }
            if (span.annotator() != null) {
                json.name("annotator").value(span.annotator());
            }
            json.name("created").value(span.created().toString());
            json.name("modified").value(span.modified().toString());
            json.name("status").value(span.status().name());
            json.endObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    static Span read(JsonObject object, String where) throws CorpusStoreException {
        JsonFields fields = new JsonFields(object, where);
        Map<String, AttributeValue> attributes = new TreeMap<>();
        JsonObject attributeObject = fields.optionalObject("attributes");
        if (attributeObject != null) {
            for (Map.Entry<String, JsonElement> entry : attributeObject.entrySet()) {
                attributes.put(entry.getKey(), readValue(entry.getValue(), fields, entry.getKey()));
            }
        }
        try {
            return new Span(fields.string("id"), fields.integer("start"), fields.integer("end"),
                    fields.string("label"), attributes, fields.optionalString("note"),
                    fields.optionalString("annotator"), fields.parsed("created", Instant::parse, "an ISO-8601 instant"),
                    fields.parsed("modified", Instant::parse, "an ISO-8601 instant"),
                    fields.parsed("status", SpanStatus::valueOf, "one of MANUAL, SUGGESTED, ACCEPTED, REJECTED"));
        } catch (IllegalArgumentException e) {
            throw fields.error(e.getMessage());
        }
    }

    private static void writeValue(JsonWriter json, AttributeValue value) throws IOException {
        switch (value) {
            case AttributeValue.StringValue v -> json.name("string").value(v.value());
            case AttributeValue.NumberValue v -> json.name("number").value(v.value());
            case AttributeValue.EnumValue v -> json.name("enum").value(v.value());
            case AttributeValue.BooleanValue v -> json.name("boolean").value(v.value());
        }
    }

    private static AttributeValue readValue(JsonElement element, JsonFields fields, String name)
            throws CorpusStoreException {
        if (element.isJsonObject() && element.getAsJsonObject().size() == 1) {
            Map.Entry<String, JsonElement> typed = element.getAsJsonObject().entrySet().iterator().next();
            if (typed.getValue().isJsonPrimitive()) {
                JsonPrimitive value = typed.getValue().getAsJsonPrimitive();
                try {
                    AttributeValue result = switch (typed.getKey()) {
                        case "string" -> value.isString() ? AttributeValue.ofString(value.getAsString()) : null;
                        case "number" -> value.isNumber() ? AttributeValue.ofNumber(value.getAsBigDecimal()) : null;
                        case "enum" -> value.isString() ? AttributeValue.ofEnum(value.getAsString()) : null;
                        case "boolean" -> value.isBoolean() ? AttributeValue.ofBoolean(value.getAsBoolean()) : null;
                        default -> null;
                    };
                    if (result != null) {
                        return result;
                    }
                } catch (RuntimeException e) {
                    throw fields.error("attribute '" + name + "': " + e.getMessage());
                }
            }
        }
        throw fields.error("attribute '" + name + "' must be {\"string\"|\"number\"|\"enum\"|\"boolean\": value}");
    }
}
