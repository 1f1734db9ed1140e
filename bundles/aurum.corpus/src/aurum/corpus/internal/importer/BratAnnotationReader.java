package aurum.corpus.internal.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import aurum.core.model.Document;
import aurum.core.model.Span;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportWarning;

/**
 * Reads the lines of one brat {@code .ann} file. Text-bound annotations ({@code T}) become spans, their
 * code point offsets converted to UTF-16. A discontinuous annotation ({@code 0 5;9 12}) becomes one
 * span per fragment with a warning, because Aurum spans are contiguous and dropping it would lose
 * data silently. Relations, events, attributes, notes and the rest are counted and skipped.
 */
final class BratAnnotationReader {

    private final Document document;
    private final List<ImportWarning> warnings;
    private final List<Span> spans = new ArrayList<>();
    private final Map<Character, Integer> skipped = new TreeMap<>();

    BratAnnotationReader(Document document, List<ImportWarning> warnings) {
        this.document = document;
        this.warnings = warnings;
    }

    void readLine(String file, long line, String text) throws ImportException {
        if (text.isBlank()) {
            return;
        }
        char kind = text.charAt(0);
        if (kind == 'T') {
            readTextBound(file, line, text);
        } else if ("RENAM#*".indexOf(kind) >= 0) {
            skipped.merge(kind, 1, Integer::sum);
        } else {
            throw malformed(file, line, 1, "'" + kind + "' is not a brat annotation kind");
        }
    }

    void finish(String file) {
        if (!skipped.isEmpty()) {
            int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
            warnings.add(new ImportWarning(file, 0, total + " annotations that are not text-bound were skipped "
                    + skipped + "; Aurum imports entity spans only"));
        }
    }

    List<Span> spans() {
        return spans;
    }

    private void readTextBound(String file, long line, String text) throws ImportException {
        String[] fields = text.split("\t", 3);
        if (fields.length < 3) {
            throw malformed(file, line, 0, "a text-bound annotation needs three tab-separated fields");
        }
        int space = fields[1].indexOf(' ');
        if (space <= 0) {
            throw malformed(file, line, fields[0].length() + 2, "expected 'LABEL start end' after the id");
        }
        String label = fields[1].substring(0, space);
        String[] fragments = fields[1].substring(space + 1).split(";");
        StringBuilder covered = new StringBuilder();
        for (String fragment : fragments) {
            String[] bounds = fragment.trim().split(" ");
            if (bounds.length != 2) {
                throw malformed(file, line, 0, "fragment '" + fragment + "' is not 'start end'");
            }
            Span span = span(file, line, fields[0], label, parse(file, line, bounds[0]), parse(file, line, bounds[1]));
            spans.add(span);
            covered.append(covered.isEmpty() ? "" : " ").append(span.coveredText(document.text()));
        }
        if (fragments.length > 1) {
            warnings.add(new ImportWarning(file, line, fields[0] + " is discontinuous; imported as "
                    + fragments.length + " separate " + label + " spans"));
        }
        if (!covered.toString().equals(fields[2])) {
            warnings.add(new ImportWarning(file, line, fields[0] + " says '" + fields[2] + "' but the offsets cover '"
                    + covered + "'; check that the .txt is the one the annotations were made on"));
        }
    }

    private Span span(String file, long line, String id, String label, int start, int end) throws ImportException {
        try {
            int from = document.offsets().codePointToUtf16(start);
            int to = document.offsets().codePointToUtf16(end);
            return Span.builder().range(from, to).label(label).buildFor(document.text());
        } catch (IllegalArgumentException e) {
            throw ImportException.atLine(file, line, 0, id + " [" + start + ", " + end + ") does not fit the text, "
                    + "which has " + document.offsets().codePointCount() + " code points (" + e.getMessage() + ")",
                    "Check that the .txt is the one the annotations were made on");
        }
    }

    private static int parse(String file, long line, String number) throws ImportException {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw malformed(file, line, 0, "'" + number + "' is not an offset");
        }
    }

    private static ImportException malformed(String file, long line, long column, String problem) {
        return ImportException.atLine(file, line, column, "malformed annotation line: " + problem,
                "Fix the line (brat expects 'T1<TAB>LABEL start end<TAB>text') or remove it");
    }
}
