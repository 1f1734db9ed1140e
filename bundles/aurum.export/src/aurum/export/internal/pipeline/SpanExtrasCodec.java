package aurum.export.internal.pipeline;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import aurum.core.model.AttributeValue;

/**
 * A span's attributes and note in the export's selection file: one byte of flags (attributes, note), then the
 * attribute count and per attribute its name, a type byte and its value as text, then the note. Strings are a
 * length and UTF-8 bytes, so notes of any length fit. Private to one export run.
 */
final class SpanExtrasCodec {

    private static final int ATTRIBUTES = 1;
    private static final int NOTE = 2;

    /** What was read back. */
    record Extras(Map<String, AttributeValue> attributes, String note) {
    }

    private static final Extras NONE = new Extras(Map.of(), null);

    private SpanExtrasCodec() {
    }

    static void write(DataOutput out, Map<String, AttributeValue> attributes, String note) throws IOException {
        int flags = (attributes.isEmpty() ? 0 : ATTRIBUTES) | (note == null ? 0 : NOTE);
        out.writeByte(flags);
        if (!attributes.isEmpty()) {
            out.writeInt(attributes.size());
            for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
                writeString(out, e.getKey());
                switch (e.getValue()) {
                    case AttributeValue.BooleanValue b -> {
                        out.writeByte(0);
                        writeString(out, Boolean.toString(b.value()));
                    }
                    case AttributeValue.NumberValue n -> {
                        out.writeByte(1);
                        writeString(out, n.value().toString());
                    }
                    case AttributeValue.EnumValue v -> {
                        out.writeByte(2);
                        writeString(out, v.value());
                    }
                    case AttributeValue.StringValue v -> {
                        out.writeByte(3);
                        writeString(out, v.value());
                    }
                }
            }
        }
        if (note != null) {
            writeString(out, note);
        }
    }

    static Extras read(DataInput in) throws IOException {
        int flags = in.readByte();
        if (flags == 0) {
            return NONE;
        }
        Map<String, AttributeValue> attributes = new TreeMap<>();
        if ((flags & ATTRIBUTES) != 0) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String name = readString(in);
                int type = in.readByte();
                String value = readString(in);
                attributes.put(name, switch (type) {
                    case 0 -> AttributeValue.ofBoolean(Boolean.parseBoolean(value));
                    case 1 -> AttributeValue.ofNumber(new BigDecimal(value));
                    case 2 -> AttributeValue.ofEnum(value);
                    default -> AttributeValue.ofString(value);
                });
            }
        }
        String note = (flags & NOTE) != 0 ? readString(in) : null;
        return new Extras(attributes, note);
    }

    private static void writeString(DataOutput out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInput in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
