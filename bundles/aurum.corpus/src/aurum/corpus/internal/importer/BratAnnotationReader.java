package aurum.corpus.internal.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.Span;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.OffsetUnit;

/**
 * Reads the lines of one brat {@code .ann} file. Text-bound annotations ({@code T}) become spans, their
 * offsets (code points, as brat counts them, unless the user says otherwise) converted to UTF-16 and
 * checked against the text they name ({@link OffsetEvidence}). What brat attaches to a text-bound
 * annotation stays with its span: attributes ({@code A}, and the older {@code M}) as span attributes
 * (a binary one as {@code true}, a valued one as that value), the first {@code AnnotatorNotes} note as the
 * span's note, normalizations ({@code N}) as the attribute {@code normalization}
 * ({@code "Wikipedia:534366"}).
 *
 * <p>A discontinuous annotation ({@code 0 5;9 12}) is one decision, documented in docs/FORMATS.md:
 * fragments separated by whitespace only (brat needs one fragment per line for an annotation over a line
 * break, and Aurum's export writes it so) are joined back into one span; fragments with words between
 * them become one span per fragment, each with the annotation's label, attributes and note, and each such
 * annotation is counted in the report. Relations, events, equivalences, and attributes, notes or
 * normalizations of those, are counted and reported per kind.
 */
final class BratAnnotationReader {

    private final String file;
    private final Document document;
    private final OffsetUnit unit;
    private final OffsetEvidence evidence;
    /** Text-bound id → the spans it became (several for a split discontinuous annotation). */
    private final Map<String, List<Span>> byId = new LinkedHashMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private long discontinuous;
    private long firstDiscontinuousLine;

    /** Attributes, notes and normalizations, applied once every text-bound annotation is known. */
    private final List<Attachment> attachments = new ArrayList<>();

    private record Attachment(String kind, String target, java.util.function.UnaryOperator<Span> change) {
    }

    /** @param unit what the offsets count: code points in files brat wrote, UTF-16 units in DKPro's */
    BratAnnotationReader(String file, Document document, OffsetUnit unit) {
        this.file = file;
        this.document = document;
        this.unit = unit;
        this.evidence = new OffsetEvidence(file, true);
    }

    void readLine(long line, String text) throws ImportException {
        if (text.isBlank()) {
            return;
        }
        switch (text.charAt(0)) {
            case 'T' -> readTextBound(line, text);
            case 'A', 'M' -> readAttribute(line, text);
            case '#' -> readNote(line, text);
            case 'N' -> readNormalization(line, text);
            case 'R' -> skip("relation");
            case 'E' -> skip("event");
            case '*' -> skip("equivalence");
            default -> throw malformed(line, 1, "'" + text.charAt(0) + "' is not a brat annotation kind");
        }
    }

    /**
     * The spans in file order, and the warnings for what was left out or did not fit.
     *
     * @throws ImportException when offsets do not fall on characters of the text
     */
    List<Span> finish(List<ImportWarning> warnings) throws ImportException {
        evidence.verdict(warnings, "--offsets");
        for (Attachment a : attachments) {
            List<Span> target = byId.get(a.target());
            if (target == null) {
                skip(a.kind());
            } else {
                target.replaceAll(a.change());
            }
        }
        if (discontinuous > 0) {
            warnings.add(ImportWarning.skipped(file, firstDiscontinuousLine, "discontinuous", discontinuous,
                    discontinuous + " discontinuous annotation(s) (first on this line) imported as one span per "
                            + "fragment: Aurum spans are contiguous, so the link between the fragments is not kept"));
        }
        skipped.forEach((kind, n) -> warnings.add(ImportWarning.skipped(file, 0, kind, n, n + " " + kind
                + "(s) not imported: " + WHY.get(kind))));
        List<Span> spans = new ArrayList<>();
        byId.values().forEach(spans::addAll);
        return spans;
    }

    /** What separates the fields of an annotation's head (String.split would compile it for every line). */
    private static final Pattern SPACES = Pattern.compile(" +");

    private static final Map<String, String> WHY = Map.of(
            "relation", "Aurum holds spans, not relations",
            "event", "Aurum holds spans, not events (their trigger words are text-bound and imported as spans)",
            "equivalence", "Aurum holds spans, not equivalences between them",
            "attribute", "they belong to relations, events or annotations the file does not have",
            "note", "they belong to relations, events or annotations the file does not have",
            "normalization", "they belong to relations, events or annotations the file does not have");

    private void skip(String kind) {
        skipped.merge(kind, 1L, Long::sum);
    }

    private void readTextBound(long line, String text) throws ImportException {
        String[] fields = text.split("\t", 3);
        if (fields.length < 2) {
            throw malformed(line, 0, "a text-bound annotation needs three tab-separated fields: the id, 'LABEL start end'"
                    + " and the text");
        }
        int space = fields[1].indexOf(' ');
        if (space <= 0) {
            throw malformed(line, fields[0].length() + 2, "expected 'LABEL start end' after the id");
        }
        String label = fields[1].substring(0, space);
        String[] fragments = fields[1].substring(space + 1).split(";");
        String named = fields.length > 2 ? fields[2] : null;
        List<int[]> ranges = new ArrayList<>();
        for (String fragment : fragments) {
            String[] bounds = SPACES.split(fragment.trim());
            if (bounds.length != 2) {
                throw malformed(line, 0, "fragment '" + fragment + "' is not 'start end'");
            }
            int start = parse(line, bounds[0]);
            int end = parse(line, bounds[1]);
            if (end <= start) {
                throw malformed(line, 0, fields[0] + " [" + start + ", " + end + ") is empty or ends before it starts");
            }
            int[] range = evidence.check(document, line, fields[0], label, unit, true, start, end,
                    fragments.length == 1 ? named : null);
            if (range != null) {
                ranges.add(range);
            }
        }
        if (ranges.size() < fragments.length) {
            return; // counted by the evidence; the import fails at the end of the file
        }
        List<Span> spans = new ArrayList<>();
        if (gapsAreBlank(ranges)) {
            spans.add(span(line, label, ranges.get(0)[0], ranges.get(ranges.size() - 1)[1]));
        } else {
            if (discontinuous++ == 0) {
                firstDiscontinuousLine = line;
            }
            for (int[] range : ranges) {
                spans.add(span(line, label, range[0], range[1]));
            }
        }
        if (byId.put(fields[0], spans) != null) {
            throw malformed(line, 1, "the id " + fields[0] + " is used twice");
        }
    }

    private boolean gapsAreBlank(List<int[]> ranges) {
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i)[0] < ranges.get(i - 1)[1]
                    || !document.text().substring(ranges.get(i - 1)[1], ranges.get(i)[0]).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code A1<TAB>Name T1 [Value]}: a binary attribute is {@code true}, a valued one its value; the value is the
     * rest of the line, spaces included, as brat's own reader takes it.
     */
    private void readAttribute(long line, String text) throws ImportException {
        String[] fields = text.split("\t", 2);
        String[] parts = fields.length < 2 ? new String[0] : SPACES.split(fields[1].trim(), 3);
        if (parts.length < 2) {
            throw malformed(line, 0, "an attribute needs 'NAME TARGET' or 'NAME TARGET VALUE' after its id");
        }
        AttributeValue value = parts.length == 3 ? AttributeValue.ofEnum(parts[2]) : AttributeValue.ofBoolean(true);
        attachments.add(new Attachment("attribute", parts[1], span -> span.withAttribute(parts[0], value)));
    }

    /** {@code #1<TAB>AnnotatorNotes T1<TAB>note}: the span's note (a second one is appended on a new line). */
    private void readNote(long line, String text) throws ImportException {
        String[] fields = text.split("\t", 3);
        String[] head = fields.length < 2 ? new String[0] : SPACES.split(fields[1].trim());
        if (head.length != 2) {
            throw malformed(line, 0, "a note needs 'TYPE TARGET' after its id");
        }
        String note = fields.length > 2 ? fields[2] : "";
        attachments.add(new Attachment("note", head[1],
                span -> span.withNote(span.note() == null ? note : span.note() + "\n" + note)));
    }

    /** {@code N1<TAB>Reference T1 Wikipedia:534366<TAB>Barack Obama}: the attribute {@code normalization}. */
    private void readNormalization(long line, String text) throws ImportException {
        String[] fields = text.split("\t", 3);
        String[] head = fields.length < 2 ? new String[0] : SPACES.split(fields[1].trim());
        if (head.length != 3) {
            throw malformed(line, 0, "a normalization needs 'TYPE TARGET RESOURCE:ID' after its id");
        }
        attachments.add(new Attachment("normalization", head[1], span -> {
            AttributeValue old = span.attributes().get("normalization");
            String joined = old instanceof AttributeValue.StringValue s ? s.value() + " " + head[2] : head[2];
            return span.withAttribute("normalization", AttributeValue.ofString(joined));
        }));
    }

    private Span span(long line, String label, int start, int end) throws ImportException {
        try {
            return Span.builder().range(start, end).label(label).buildFor(document.text());
        } catch (IllegalArgumentException e) {
            throw malformed(line, 0, e.getMessage());
        }
    }

    private int parse(long line, String number) throws ImportException {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw malformed(line, 0, "'" + number + "' is not an offset");
        }
    }

    private ImportException malformed(long line, long column, String problem) {
        return ImportException.atLine(file, line, column, "malformed annotation line: " + problem,
                "Fix the line (brat expects 'T1<TAB>LABEL start end<TAB>text') or remove it");
    }
}
