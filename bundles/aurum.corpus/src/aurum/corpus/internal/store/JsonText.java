package aurum.corpus.internal.store;

/**
 * Appends JSON strings to a {@link StringBuilder} byte for byte as gson's {@code JsonWriter} (not
 * HTML-safe) writes them, without a writer object per value: saving 100k spans through a
 * {@code JsonWriter} per span cost a third of a layer save (docs/PERFORMANCE.md). Files written before
 * and after this class are identical, so git sees no change.
 */
final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** Appends {@code value} quoted and escaped. */
    static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        int last = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            String escape;
            if (c < 0x20) {
                escape = switch (c) {
                    case '\t' -> "\\t";
                    case '\b' -> "\\b";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\f' -> "\\f";
                    default -> null;
                };
                if (escape == null) {
                    out.append(value, last, i).append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    last = i + 1;
                    continue;
                }
            } else if (c == '"') {
                escape = "\\\"";
            } else if (c == '\\') {
                escape = "\\\\";
            } else if (c == '\u2028') {
                escape = "\\u2028";
            } else if (c == '\u2029') {
                escape = "\\u2029";
            } else {
                continue;
            }
            out.append(value, last, i).append(escape);
            last = i + 1;
        }
        return out.append(value, last, length).append('"');
    }

    /** Appends {@code "name":}. */
    static StringBuilder name(StringBuilder out, String name) {
        return string(out, name).append(':');
    }
}
