package aurum.labels.format;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.AttributeType;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Rgb;

/**
 * Reads and writes label sets as JSON (docs/LABELS.md). Reading reports the first problem with the source
 * name and a JSON path such as {@code labels[3].hotkey}; writing uses a fixed key order so files diff well.
 */
public final class LabelSetJson {

    private static final String TOKEN_SNAPPING = "tokenSnapping";
    private static final String NUMBERS = "numbers";
    private static final String TOKENS = "tokens";

    private LabelSetJson() {
    }

    /**
     * @param in     the JSON text
     * @param source names the file or bundle entry in error messages
     * @throws LabelSetFormatException when the JSON is malformed or describes an inconsistent label set
     */
    public static LabelSet read(Reader in, String source) throws LabelSetFormatException {
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseReader(in);
            if (!parsed.isJsonObject()) {
                throw new LabelSetFormatException(source + ": expected a JSON object with id, version and labels", null);
            }
            root = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new LabelSetFormatException(source + ": not valid JSON (" + e.getMessage() + "); fix the syntax there", e);
        }
        JsonFields fields = new JsonFields(source);
        String id = fields.requiredString(root, "id", "");
        String version = fields.requiredString(root, "version", "");
        JsonArray array = fields.requiredArray(root, "labels", "");
        List<LabelDefinition> labels = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            labels.add(label(fields, array.get(i), "labels[" + i + "]"));
        }
        String snapping = fields.optionalString(root, TOKEN_SNAPPING, "");
        if (snapping != null && !snapping.equals(NUMBERS) && !snapping.equals(TOKENS)) {
            throw fields.problem(TOKEN_SNAPPING, "must be \"" + NUMBERS + "\" (a number keeps its currency sign and unit, "
                    + "the default) or \"" + TOKENS + "\", not '" + snapping + "'");
        }
        try {
            return new LabelSet(id, fields.optionalString(root, "name", ""), version, labels, !TOKENS.equals(snapping));
        } catch (IllegalArgumentException e) {
            throw new LabelSetFormatException(source + ": " + e.getMessage(), e);
        }
    }

    private static LabelDefinition label(JsonFields fields, JsonElement element, String path)
            throws LabelSetFormatException {
        JsonObject o = fields.object(element, path);
        String hotkey = fields.optionalString(o, "hotkey", path);
        if (hotkey != null && hotkey.length() != 1) {
            throw fields.problem(path + ".hotkey", "must be one character, not '" + hotkey + "'");
        }
        List<AttributeDefinition> attributes = new ArrayList<>();
        JsonArray array = o.has("attributes") ? fields.requiredArray(o, "attributes", path) : new JsonArray();
        for (int i = 0; i < array.size(); i++) {
            attributes.add(attribute(fields, array.get(i), path + ".attributes[" + i + "]"));
        }
        String colour = fields.optionalString(o, "color", path);
        try {
            return new LabelDefinition(fields.requiredString(o, "id", path), fields.optionalString(o, "name", path),
                    fields.optionalString(o, "guideline", path), colour == null ? null : Rgb.parse(colour),
                    hotkey == null ? null : hotkey.charAt(0), fields.optionalString(o, "parent", path), attributes);
        } catch (IllegalArgumentException e) {
            throw fields.problem(path, e.getMessage());
        }
    }

    private static AttributeDefinition attribute(JsonFields fields, JsonElement element, String path)
            throws LabelSetFormatException {
        JsonObject o = fields.object(element, path);
        String type = fields.requiredString(o, "type", path);
        List<String> values = new ArrayList<>();
        if (o.has("values")) {
            for (JsonElement v : fields.requiredArray(o, "values", path)) {
                values.add(v.getAsString());
            }
        }
        try {
            return new AttributeDefinition(fields.requiredString(o, "name", path), AttributeType.valueOf(type), values);
        } catch (IllegalArgumentException e) {
            throw fields.problem(path, e.getMessage() + " (types: STRING, NUMBER, ENUM, BOOLEAN)");
        }
    }

    /** @return the label set as JSON with keys in the order of docs/LABELS.md */
    public static String write(LabelSet labelSet) {
        StringWriter out = new StringWriter();
        try {
            write(labelSet, out);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** Writes the label set as JSON with keys in the order of docs/LABELS.md. */
    public static void write(LabelSet labelSet, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.beginObject().name("id").value(labelSet.id()).name("version").value(labelSet.version()).name("name")
                .value(labelSet.name());
        if (!labelSet.keepsNumberSigns()) {
            json.name(TOKEN_SNAPPING).value(TOKENS); // the default is left out, so existing files stay as they are
        }
        json.name("labels").beginArray();
        for (LabelDefinition label : labelSet.labels()) {
            json.beginObject().name("id").value(label.id()).name("name").value(label.displayName());
            json.name("parent").value(label.parentId()).name("color").value(label.colour().toHex());
            json.name("hotkey").value(label.hotkey() == null ? null : label.hotkey().toString());
            json.name("guideline").value(label.guideline()).name("attributes").beginArray();
            for (AttributeDefinition a : label.attributes()) {
                json.beginObject().name("name").value(a.name()).name("type").value(a.type().name());
                if (!a.allowedValues().isEmpty()) {
                    json.name("values").beginArray();
                    for (String v : a.allowedValues()) {
                        json.value(v);
                    }
                    json.endArray();
                }
                json.endObject();
            }
            json.endArray().endObject();
        }
        json.endArray().endObject();
        json.flush();
    }
}
