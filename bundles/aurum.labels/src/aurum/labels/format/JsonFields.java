package aurum.labels.format;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Typed access to JSON fields that turns a missing or mistyped field into a message with its path. */
final class JsonFields {

    private final String source;

    JsonFields(String source) {
        this.source = source;
    }

    LabelSetFormatException problem(String path, String what) {
        return new LabelSetFormatException(source + ": " + (path.isEmpty() ? "" : path + ": ") + what, null);
    }

    private static String at(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    JsonObject object(JsonElement element, String path) throws LabelSetFormatException {
        if (element == null || !element.isJsonObject()) {
            throw problem(path, "expected a JSON object");
        }
        return element.getAsJsonObject();
    }

    String requiredString(JsonObject o, String name, String path) throws LabelSetFormatException {
        String value = optionalString(o, name, path);
        if (value == null || value.isBlank()) {
            throw problem(at(path, name), "is required; add a non-empty string");
        }
        return value;
    }

    String optionalString(JsonObject o, String name, String path) throws LabelSetFormatException {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw problem(at(path, name), "must be a string, not " + e);
        }
        return e.getAsString();
    }

    JsonArray requiredArray(JsonObject o, String name, String path) throws LabelSetFormatException {
        JsonElement e = o.get(name);
        if (e == null || !e.isJsonArray()) {
            throw problem(at(path, name), "is required and must be a JSON array");
        }
        return e.getAsJsonArray();
    }
}
