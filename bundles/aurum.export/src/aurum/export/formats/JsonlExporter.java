package aurum.export.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

import aurum.core.model.AttributeValue;
import aurum.core.text.Offsets;
import aurum.corpus.importer.OffsetUnit;
import aurum.export.DocumentWriter;
import aurum.export.ExportDocument;
import aurum.export.ExportOptions;
import aurum.export.ExportOutput;
import aurum.export.ExportSpan;
import aurum.export.Exporter;

/**
 * JSON lines with character-offset spans, as spaCy and doccano read them:
 * {@code {"id":…,"text":…,"spans":[{"start":…,"end":…,"label":…}],"offsets":"utf16"}}, one document per
 * line in {@code <split>.jsonl}; a span with attributes or a note has them as {@code "attributes":{name: value}}
 * (JSON booleans, numbers and strings) and {@code "note"}, which Aurum's JSONL importer reads back. Offsets count the unit chosen in {@link ExportOptions#offsetUnit()}
 * (Python wants code points). Overlapping spans are kept.
 */
public class JsonlExporter implements Exporter {

    @Override
    public String id() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "JSON lines with character offsets (spaCy, doccano); offsets in UTF-16, code points or UTF-8 bytes";
    }

    @Override
    public boolean tokenBased() {
        return false;
    }

    @Override
    public boolean allowsOverlaps() {
        return true;
    }

    @Override
    public OffsetUnit defaultOffsetUnit() {
        return OffsetUnit.UTF16;
    }

    @Override
    public DocumentWriter open(ExportOutput output, String split, List<String> labels, ExportOptions options)
            throws IOException {
        Writer out = output.create(split + ".jsonl");
        OffsetUnit unit = options.offsetUnitOr(defaultOffsetUnit());
        return new DocumentWriter() {
            @Override
            public void write(ExportDocument document) throws IOException {
                JsonWriter json = new JsonWriter(out);
                json.setHtmlSafe(false);
                json.beginObject();
                json.name("id").value(document.id());
                json.name("text").value(document.text());
                json.name("spans").beginArray();
                Offsets offsets = unit == OffsetUnit.UTF16 ? null : new Offsets(document.text());
                for (ExportSpan span : document.spans()) {
                    json.beginObject().name("start").value(convert(offsets, unit, span.start())).name("end")
                            .value(convert(offsets, unit, span.end())).name("label").value(span.label());
                    writeExtras(json, span);
                    json.endObject();
                }
                json.endArray();
                json.name("offsets").value(unit.name().toLowerCase(Locale.ROOT).replace("_", "-"));
                json.endObject();
                json.flush();
                out.write('\n');
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    /** {@code "attributes":{name: value}} (booleans, numbers, strings) and {@code "note"}, when the span has them. */
    private static void writeExtras(JsonWriter json, ExportSpan span) throws IOException {
        if (!span.attributes().isEmpty()) {
            json.name("attributes").beginObject();
            for (Map.Entry<String, AttributeValue> e : span.attributes().entrySet()) {
                json.name(e.getKey());
                switch (e.getValue()) {
                    case AttributeValue.BooleanValue b -> json.value(b.value());
                    case AttributeValue.NumberValue n -> json.value(new java.math.BigDecimal(n.value().toPlainString()));
                    case AttributeValue.EnumValue v -> json.value(v.value());
                    case AttributeValue.StringValue v -> json.value(v.value());
                }
            }
            json.endObject();
        }
        if (span.note() != null) {
            json.name("note").value(span.note());
        }
    }

    static int convert(Offsets offsets, OffsetUnit unit, int utf16) {
        return switch (unit) {
            case UTF16 -> utf16;
            case CODE_POINTS -> offsets.utf16ToCodePoint(utf16);
            case UTF8_BYTES -> offsets.utf16ToUtf8(utf16);
        };
    }
}
