package aurum.export.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import aurum.core.model.AttributeValue;
import aurum.core.model.Span;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;

/**
 * What a fixture must import to, kept in {@code test-data/conformance/*.jsonl} (one JSON object per
 * document: its id, its spans as {@link #describe} writes them, what it left out per kind, whether it is
 * annotated). The files were written from the importers' output and checked by hand against the fixtures.
 */
final class Expectations {

    private Expectations() {
    }

    /** The objects of {@code name} whose {@code key} is {@code value}, in file order. */
    static List<JsonObject> load(String name, String key, String value) throws IOException {
        List<JsonObject> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("test-data/conformance").resolve(name), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                if (o.has(key) && o.get(key).getAsString().equals(value)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /** {@code LABEL = covered text}, then {@code {name=value, …}} and {@code #note} when the span has them. */
    static String describe(Span span, String text) {
        StringBuilder out = new StringBuilder(span.labelId()).append(" = ").append(span.coveredText(text));
        if (!span.attributes().isEmpty()) {
            Map<String, String> values = new TreeMap<>();
            span.attributes().forEach((name, value) -> values.put(name, switch (value) {
                case AttributeValue.BooleanValue b -> Boolean.toString(b.value());
                case AttributeValue.EnumValue e -> e.value();
                case AttributeValue.StringValue s -> s.value();
                case AttributeValue.NumberValue n -> n.value().toPlainString();
            }));
            out.append(' ').append(values);
        }
        if (span.note() != null) {
            out.append(" #").append(span.note());
        }
        return out.toString();
    }

    /** The spans of a document as {@link #describe} writes them, in import order. */
    static List<String> spans(ImportedDocument document) {
        return document.spans().stream().map(s -> describe(s, document.document().text())).toList();
    }

    /** What the warnings left out, added up per kind. */
    static Map<String, Long> skipped(List<ImportWarning> warnings) {
        Map<String, Long> out = new TreeMap<>();
        warnings.stream().filter(ImportWarning::isSkip).forEach(w -> out.merge(w.kind(), w.count(), Long::sum));
        return out;
    }

    /** An expectation's {@code skipped} object as a map. */
    static Map<String, Long> skipped(JsonObject expectation) {
        Map<String, Long> out = new TreeMap<>();
        expectation.getAsJsonObject("skipped").entrySet().forEach(e -> out.put(e.getKey(), e.getValue().getAsLong()));
        return out;
    }

    /** An expectation's {@code spans} array. */
    static List<String> strings(JsonObject expectation, String key) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : expectation.getAsJsonArray(key)) {
            out.add(e.getAsString());
        }
        return out;
    }
}
