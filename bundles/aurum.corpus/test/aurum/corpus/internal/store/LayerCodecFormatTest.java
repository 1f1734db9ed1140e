package aurum.corpus.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import aurum.core.model.AttributeValue;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written span writer must produce exactly what gson's JsonWriter did, so files do not churn in git. */
class LayerCodecFormatTest {

    private static final List<String> TRICKY = List.of("", "plain", "quote \" and \\ back", "tab\tnl\ncr\rff\fbs\b",
            "\u0000\u0001\u001f\u007f", "line\u2028para\u2029", "emoji \uD83D\uDE00 curly \u201Cq\u201D nbsp\u00A0",
            "<html>&amp;='x'", "e\u0301 combining", "\uFEFFbom");

    @Test
    void stringsAreEscapedAsGsonDoes() throws IOException {
        for (String value : TRICKY) {
            StringWriter expected = new StringWriter();
            try (JsonWriter json = new JsonWriter(expected)) {
                json.value(value);
            }
            assertEquals(expected.toString(), JsonText.string(new StringBuilder(), value).toString(), value);
        }
    }

    @Test
    void spanLineIsWhatGsonWrote() throws IOException {
        for (String value : TRICKY) {
            Span span = new Span("id-" + value.length(), 3, 9, "LABEL", Map.of("b", AttributeValue.ofString(value),
                    "a", AttributeValue.ofNumber(new BigDecimal("12.50")), "c", AttributeValue.ofBoolean(true),
                    "d", AttributeValue.ofEnum("X")), value, "ann", Instant.parse("2026-01-02T03:04:05.120Z"),
                    Instant.parse("2026-01-02T03:04:05Z"), SpanStatus.SUGGESTED);
            assertEquals(gson(span), SpanCodec.write(span));
        }
    }

    @Test
    void fastInstantsParseLikeInstantParse() {
        for (String value : List.of("2026-01-02T03:04:05Z", "2026-01-02T03:04:05.1Z", "2026-01-02T03:04:05.123Z",
                "2026-01-02T03:04:05.123456Z", "2026-01-02T03:04:05.123456789Z", "1970-01-01T00:00:00Z",
                "2024-02-29T23:59:59.999Z", "+12026-01-02T03:04:05Z")) {
            assertEquals(Instant.parse(value), FastInstants.parse(value), value);
        }
    }

    /** What SpanCodec wrote before it was hand-written: gson's JsonWriter, keys in the format's order. */
    private static String gson(Span span) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.beginObject();
            json.name("id").value(span.id()).name("start").value(span.start()).name("end").value(span.end());
            json.name("label").value(span.labelId());
            json.name("attributes").beginObject();
            for (Map.Entry<String, AttributeValue> e : span.attributes().entrySet()) {
                json.name(e.getKey()).beginObject();
                switch (e.getValue()) {
                    case AttributeValue.StringValue v -> json.name("string").value(v.value());
                    case AttributeValue.NumberValue v -> json.name("number").value(v.value());
                    case AttributeValue.EnumValue v -> json.name("enum").value(v.value());
                    case AttributeValue.BooleanValue v -> json.name("boolean").value(v.value());
                }
                json.endObject();
            }
            json.endObject();
            if (span.note() != null) {
                json.name("note").value(span.note());
            }
            json.name("annotator").value(span.annotator());
            json.name("created").value(span.created().toString()).name("modified").value(span.modified().toString());
            json.name("status").value(span.status().name());
            json.endObject();
        }
        return out.toString();
    }
}
