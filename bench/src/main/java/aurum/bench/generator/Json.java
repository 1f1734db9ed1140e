package aurum.bench.generator;

import java.util.List;

/**
 * Writes the gold JSONL lines by hand (the bench has no libraries): one object per document,
 * {@code {"id":...,"spans":[[start,end,"LABEL"],...]}}, plus {@code near_duplicate_of} when set.
 */
final class Json {

    private Json() {
    }

    static String line(NewsDocument doc) {
        StringBuilder sb = new StringBuilder(64 + doc.spans().size() * 20);
        sb.append("{\"id\":");
        quote(sb, doc.id());
        sb.append(",\"spans\":[");
        List<Span> spans = doc.spans();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            sb.append(i == 0 ? "[" : ",[").append(s.start()).append(',').append(s.end()).append(',');
            quote(sb, s.label());
            sb.append(']');
        }
        sb.append(']');
        if (doc.nearDuplicateOf() != null) {
            sb.append(",\"near_duplicate_of\":");
            quote(sb, doc.nearDuplicateOf());
        }
        return sb.append('}').toString();
    }

    /** A JSON string literal: quotes, backslashes, control characters and U+2028/9 escaped. */
    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
