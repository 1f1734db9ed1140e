package aurum.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the NamedEntity spans back from a WebAnno TSV 3.3 file as the export writes it, for round-trip
 * tests: token lines give UTF-16 offsets; a value {@code LABEL[n]} joins every token carrying the same
 * {@code n} into one span, a plain {@code LABEL} is a one-token span.
 */
final class WebAnnoTsvReader {

    private WebAnnoTsvReader() {
    }

    /** Spans as "start end label" strings. */
    static List<String> spans(String tsv) {
        if (!tsv.startsWith("#FORMAT=WebAnno TSV 3.3\n")) {
            throw new IllegalArgumentException("not TSV 3.3");
        }
        Map<String, int[]> numbered = new LinkedHashMap<>();
        Map<String, String> labelOf = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            String[] range = columns[1].split("-");
            int start = Integer.parseInt(range[0]);
            int end = Integer.parseInt(range[1]);
            if (columns[4].equals("_")) {
                continue;
            }
            for (String value : splitUnescaped(columns[4])) {
                int bracket = unescapedBracket(value);
                if (bracket < 0) {
                    out.add(start + " " + end + " " + unescape(value));
                } else {
                    String id = value.substring(bracket + 1, value.length() - 1);
                    labelOf.put(id, unescape(value.substring(0, bracket)));
                    numbered.merge(id, new int[] {start, end}, (a, b) -> new int[] {a[0], b[1]});
                }
            }
        }
        numbered.forEach((id, r) -> out.add(r[0] + " " + r[1] + " " + labelOf.get(id)));
        out.sort(null);
        return out;
    }

    private static List<String> splitUnescaped(String column) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < column.length(); i++) {
            char c = column.charAt(i);
            if (c == '\\' && i + 1 < column.length()) {
                current.append(c).append(column.charAt(++i));
            } else if (c == '|') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static int unescapedBracket(String value) {
        if (!value.endsWith("]") || value.endsWith("\\]")) {
            return -1;
        }
        for (int i = value.length() - 2; i >= 0; i--) {
            if (value.charAt(i) == '[' && (i == 0 || value.charAt(i - 1) != '\\')) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c == '\\' && i + 1 < value.length() ? value.charAt(++i) : c);
        }
        return out.toString();
    }
}
