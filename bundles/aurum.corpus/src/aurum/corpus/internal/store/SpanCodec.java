package aurum.corpus.internal.store;

import aurum.core.model.AttributeValue;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusStoreException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One span as one line of JSON, keys in a fixed order and attributes sorted by name, so that a change
 * to one span is a one-line diff in git. Attribute values carry their type as the key of a one-entry
 * object, because STRING and ENUM values look alike in JSON.
 */
final class SpanCodec {

    private static final TypeAdapter<JsonElement> TREE = new Gson().getAdapter(JsonElement.class);

    private SpanCodec() {
    }

    static String write(Span span) {
        return write(span, new StringBuilder(256)).toString();
    }

    /** Appends the span's line (without the line end) to {@code out}. */
    static StringBuilder write(Span span, StringBuilder out) {
        out.append('{');
        JsonText.name(out, "id");
        JsonText.string(out, span.id()).append(",\"start\":").append(span.start()).append(",\"end\":")
                .append(span.end()).append(',');
        JsonText.name(out, "label");
        JsonText.string(out, span.labelId());
        if (!span.attributes().isEmpty()) {
            out.append(",\"attributes\":{");
            boolean first = true;
            for (Map.Entry<String, AttributeValue> entry : span.attributes().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                JsonText.name(out, entry.getKey()).append('{');
                writeValue(out, entry.getValue());
                out.append('}');
            }
            out.append('}');
        }
        if (span.note() != null) {
            JsonText.string(out.append(",\"note\":"), span.note());
        }
        if (span.annotator() != null) {
            JsonText.string(out.append(",\"annotator\":"), span.annotator());
        }
        JsonText.string(out.append(",\"created\":"), span.created().toString());
        JsonText.string(out.append(",\"modified\":"), span.modified().toString());
        return JsonText.string(out.append(",\"status\":"), span.status().name()).append('}');
    }

    /** Reads one span object from the stream; {@code where} names it in errors (file, span, line). */
    static Span read(JsonReader json, String where) throws CorpusStoreException, IOException {
        String id = null;
        String label = null;
        String note = null;
        String annotator = null;
        String created = null;
        String modified = null;
        String status = null;
        long start = Long.MIN_VALUE;
        long end = Long.MIN_VALUE;
        Map<String, AttributeValue> attributes = new TreeMap<>();
        if (json.peek() != JsonToken.BEGIN_OBJECT) {
            throw error(where, "a span must be an object");
        }
        json.beginObject();
        while (json.hasNext()) {
            String field = json.nextName();
            switch (field) {
                case "id" -> id = string(json, where, field, true);
                case "label" -> label = string(json, where, field, true);
                case "note" -> note = string(json, where, field, false);
                case "annotator" -> annotator = string(json, where, field, false);
                case "created" -> created = string(json, where, field, true);
                case "modified" -> modified = string(json, where, field, true);
                case "status" -> status = string(json, where, field, true);
                case "start" -> start = integer(json, where, field);
                case "end" -> end = integer(json, where, field);
                case "attributes" -> attributes = attributes(json, where);
                default -> json.skipValue();
            }
        }
        json.endObject();
        JsonFields missing = new JsonFields(new JsonObject(), where);
        require(id, "id", where);
        if (start == Long.MIN_VALUE || end == Long.MIN_VALUE) {
            missing.number(start == Long.MIN_VALUE ? "start" : "end");
        }
        require(label, "label", where);
        Instant createdAt = parsed(created, "created", where, FastInstants::parse, "an ISO-8601 instant");
        Instant modifiedAt = parsed(modified, "modified", where, FastInstants::parse, "an ISO-8601 instant");
        SpanStatus spanStatus = parsed(status, "status", where, SpanStatus::valueOf,
                "one of MANUAL, SUGGESTED, ACCEPTED, REJECTED");
        try {
            return new Span(id, (int) start, (int) end, label, attributes, note, annotator, createdAt, modifiedAt,
                    spanStatus);
        } catch (IllegalArgumentException e) {
            throw error(where, e.getMessage());
        }
    }

    private static String string(JsonReader json, String where, String field, boolean required)
            throws CorpusStoreException, IOException {
        JsonToken token = json.peek();
        if (token == JsonToken.NULL) {
            json.nextNull();
            if (required) {
                throw error(where, "field \"" + field + "\" must be a string");
            }
            return null;
        }
        if (token != JsonToken.STRING) {
            throw error(where, "field \"" + field + "\" must be a string");
        }
        return json.nextString();
    }

    private static long integer(JsonReader json, String where, String field) throws CorpusStoreException, IOException {
        if (json.peek() != JsonToken.NUMBER) {
            throw error(where, "field \"" + field + "\" must be a number");
        }
        String text = json.nextString();
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException notPlain) {
            try { // 1.0 or 1e3, as a hand edit might write
                value = new java.math.BigDecimal(text).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw error(where, "field \"" + field + "\" must be a whole number");
            }
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error(where, "field \"" + field + "\" must be a whole number below 2^31 (found " + value + ")");
        }
        return value;
    }

    private static Map<String, AttributeValue> attributes(JsonReader json, String where)
            throws CorpusStoreException, IOException {
        Map<String, AttributeValue> attributes = new TreeMap<>();
        if (json.peek() == JsonToken.NULL) {
            json.nextNull();
            return attributes;
        }
        if (json.peek() != JsonToken.BEGIN_OBJECT) {
            throw error(where, "field \"attributes\" must be an object");
        }
        JsonElement tree = TREE.read(json);
        JsonFields fields = new JsonFields(tree.getAsJsonObject(), where);
        for (Map.Entry<String, JsonElement> entry : tree.getAsJsonObject().entrySet()) {
            attributes.put(entry.getKey(), readValue(entry.getValue(), fields, entry.getKey()));
        }
        return attributes;
    }

    private static void require(String value, String field, String where) throws CorpusStoreException {
        if (value == null) {
            throw error(where, "field \"" + field + "\" must be a string");
        }
    }

    private static <T> T parsed(String value, String field, String where, Function<String, T> parser, String expected)
            throws CorpusStoreException {
        require(value, field, where);
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw error(where, "field \"" + field + "\" must be " + expected + " (found '" + value + "')");
        }
    }

    private static CorpusStoreException error(String where, String problem) {
        return new JsonFields(new JsonObject(), where).error(problem);
    }

    private static void writeValue(StringBuilder out, AttributeValue value) {
        switch (value) {
            case AttributeValue.StringValue v -> JsonText.string(out.append("\"string\":"), v.value());
            case AttributeValue.NumberValue v -> out.append("\"number\":").append(v.value().toString());
            case AttributeValue.EnumValue v -> JsonText.string(out.append("\"enum\":"), v.value());
            case AttributeValue.BooleanValue v -> out.append("\"boolean\":").append(v.value());
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
