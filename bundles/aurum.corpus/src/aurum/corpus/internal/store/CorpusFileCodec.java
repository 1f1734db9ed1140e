package aurum.corpus.internal.store;

import aurum.core.model.LabelSetRef;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStoreException;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Reads and writes {@code corpus.json}, the corpus's identity and settings (docs/FORMAT.md). */
final class CorpusFileCodec {

    private CorpusFileCodec() {
    }

    static String write(CorpusSettings settings) {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            json.beginObject();
            json.name("formatVersion").value(JsonFiles.FORMAT_VERSION);
            json.name("name").value(settings.name());
            if (settings.labelSet() != null) {
                json.name("labelSet").beginObject();
                json.name("id").value(settings.labelSet().id());
                json.name("version").value(settings.labelSet().version());
                json.endObject();
            }
            json.name("settings").beginObject();
            for (Map.Entry<String, String> entry : settings.settings().entrySet()) {
                json.name(entry.getKey()).value(entry.getValue());
            }
            json.endObject();
            json.endObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out + "\n";
    }

    static CorpusSettings read(Path file, String name) throws CorpusStoreException {
        JsonFields fields = new JsonFields(JsonFiles.readObject(file, name), name);
        JsonObject labelSet = fields.optionalObject("labelSet");
        LabelSetRef ref = null;
        if (labelSet != null) {
            JsonFields label = new JsonFields(labelSet, name + " (labelSet)");
            ref = new LabelSetRef(label.string("id"), label.string("version"));
        }
        Map<String, String> settings = new TreeMap<>();
        JsonObject settingsObject = fields.optionalObject("settings");
        if (settingsObject != null) {
            JsonFields settingFields = new JsonFields(settingsObject, name + " (settings)");
            for (String key : settingsObject.keySet()) {
                settings.put(key, settingFields.string(key));
            }
        }
        return new CorpusSettings(fields.string("name"), ref, settings);
    }
}
