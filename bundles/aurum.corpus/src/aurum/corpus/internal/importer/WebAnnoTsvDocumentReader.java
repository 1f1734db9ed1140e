package aurum.corpus.internal.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import aurum.core.model.Document;
import aurum.core.model.Span;
import aurum.corpus.boilerplate.PageTitle;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.internal.importer.WebAnnoTsvSchema.Column;
import aurum.corpus.internal.importer.WebAnnoTsvSchema.ColumnKind;
import aurum.corpus.internal.importer.WebAnnoTsvSchema.LayerKind;

/**
 * Reads the body of one WebAnno TSV 3 file (after its layer declarations) into a document and spans.
 *
 * <p>The text is rebuilt as INCEpTION rebuilds it: each sentence's {@code #Text=} lines, each followed by
 * a line break, placed at its first token's offset, the gap before it filled with spaces, or the previous
 * line break dropped when the sentence follows without a gap. Offsets are UTF-16 units of that text.
 * Span annotations are gathered across token and sub-token lines (a value numbered {@code [n]} extends
 * one annotation over every unit that carries it; stacked values {@code a|b} are distinct annotations,
 * matched across a layer's columns by their position in the stack) and become spans through
 * {@link WebAnnoTsvSpans}; relations, chains and slot links are counted and reported.
 */
final class WebAnnoTsvDocumentReader {

    /** One span annotation as read; features map to {@code null} when written {@code *} (no value). */
    static final class Annotation {
        final int layer;
        final long line;
        int begin;
        int end;
        final Map<String, String> features = new LinkedHashMap<>();

        Annotation(int layer, long line, int begin, int end) {
            this.layer = layer;
            this.line = line;
            this.begin = begin;
            this.end = end;
        }
    }

    private final String file;
    private final WebAnnoTsvSchema schema;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder sentenceText = new StringBuilder();
    private boolean headerPending;
    private boolean tokensInSentence;
    private String unitId;
    private final Map<String, Annotation> inUnit = new HashMap<>();
    private final Map<String, Annotation> numbered = new HashMap<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final WebAnnoTsvCounts counts;
    private long tokenMismatches;
    private long firstMismatchLine;

    WebAnnoTsvDocumentReader(String file, WebAnnoTsvSchema schema) {
        this.file = file;
        this.schema = schema;
        this.counts = new WebAnnoTsvCounts(schema);
    }

    void readLine(long line, String content) throws ImportException {
        if (content.isEmpty()) {
            tokensInSentence = false;
        } else if (content.startsWith("#")) {
            sentenceHeader(content);
        } else {
            unit(line, content);
        }
    }

    private void sentenceHeader(String content) {
        if (tokensInSentence) {
            tokensInSentence = false; // a header without the blank line before it still starts a sentence
        }
        if (content.startsWith("#Text=")) {
            sentenceText.append(WebAnnoTsvEscaping.unescapeText(content.substring(6))).append('\n');
            headerPending = true;
        } else if (content.startsWith("#Sentence.id=")) {
            counts.sentenceId();
        }
    }

    private void unit(long line, String content) throws ImportException {
        String[] fields = content.split("\t", -1);
        int expected = 3 + schema.columns().size();
        if (fields.length < expected) {
            throw malformed(line, 0, "expected " + expected + " tab-separated fields (id, offsets, token and "
                    + schema.columns().size() + " annotation columns) but found " + fields.length);
        }
        String id = fields[0];
        boolean subToken = id.indexOf('.') >= 0;
        if (!id.matches("\\d+-\\d+(\\.\\d+)?")) {
            throw malformed(line, 1, "'" + id + "' is not a token id such as 1-3 or 1-3.1");
        }
        int dash = fields[1].indexOf('-');
        int begin;
        int end;
        try {
            begin = Integer.parseInt(fields[1].substring(0, Math.max(dash, 0)));
            end = Integer.parseInt(fields[1].substring(dash + 1));
        } catch (NumberFormatException e) {
            throw malformed(line, id.length() + 2, "'" + fields[1] + "' is not an offset range such as 0-4");
        }
        if (begin < 0 || end < begin) {
            throw malformed(line, id.length() + 2, "the offset range " + fields[1] + " ends before it begins");
        }
        if (!subToken) {
            if (headerPending) {
                placeSentence(line, begin);
            } else if (!tokensInSentence) {
                throw malformed(line, 1, "token " + id + " follows no #Text= line");
            }
            tokensInSentence = true;
            unitId = id;
        } else if (unitId == null || !tokensInSentence) {
            throw malformed(line, 1, "sub-token " + id + " follows no token");
        }
        if (end > text.length()) {
            throw malformed(line, id.length() + 2, "the offsets " + fields[1] + " reach beyond the text of the "
                    + "sentences so far (" + text.length() + " characters)");
        }
        if (!WebAnnoTsvEscaping.unescapeValue(fields[2]).equals(text.substring(begin, end)) && tokenMismatches++ == 0) {
            firstMismatchLine = line;
        }
        for (int c = 0; c < schema.columns().size(); c++) {
            String raw = fields[3 + c];
            if (!raw.equals("_")) {
                List<String> stack = WebAnnoTsvEscaping.split(raw, '|');
                for (int i = 0; i < stack.size(); i++) {
                    annotate(line, id, begin, end, schema.columns().get(c), i, stack.get(i));
                }
            }
        }
    }

    /** Puts the pending sentence text at the offset of its first token. */
    private void placeSentence(long line, int begin) throws ImportException {
        if (text.length() > begin) {
            if (text.length() == begin + 1 && text.charAt(begin) == '\n') {
                text.setLength(begin); // the next sentence follows without a gap
            } else {
                throw malformed(line, 0, "the sentence starts at offset " + begin + ", inside the text of the "
                        + "sentence before it, which ends at " + (text.length() - 1));
            }
        }
        while (text.length() < begin) {
            text.append(' ');
        }
        text.append(sentenceText);
        sentenceText.setLength(0);
        headerPending = false;
    }

    private void annotate(long line, String unit, int begin, int end, Column column, int stackIndex, String value) {
        LayerKind kind = schema.layers().get(column.layer()).kind();
        String key = unit + "/" + column.layer() + "/" + stackIndex;
        if (kind == LayerKind.RELATION) {
            counts.relation(column.layer(), key);
            return;
        }
        if (kind == LayerKind.CHAIN) {
            counts.chainElement(column, key, value);
            return;
        }
        String plain = value;
        String number = null;
        int bracket = WebAnnoTsvEscaping.numberBracket(value);
        if (column.kind() == ColumnKind.SLOT_TARGET) {
            counts.slotLinks(column.layer(), value); // its numbers belong to the targets, not to this span
        } else if (bracket >= 0) {
            number = value.substring(bracket + 1, value.length() - 1);
            plain = value.substring(0, bracket);
        }
        Annotation annotation = inUnit.get(key);
        if (annotation == null && number != null) {
            annotation = numbered.get(column.layer() + "/" + number);
            if (annotation != null) {
                annotation.begin = Math.min(annotation.begin, begin);
                annotation.end = Math.max(annotation.end, end);
            }
        }
        if (annotation == null) {
            annotation = new Annotation(column.layer(), line, begin, end);
            annotations.add(annotation);
            if (number != null) {
                numbered.put(column.layer() + "/" + number, annotation);
            }
        }
        inUnit.put(key, annotation);
        if (column.kind() == ColumnKind.PRIMITIVE) {
            annotation.features.put(column.feature(),
                    plain.equals("*") ? annotation.features.get(column.feature()) : WebAnnoTsvEscaping.unescapeValue(plain));
        }
    }

    /**
     * The spans with those of the same range and label as an earlier one left out and counted: stacked
     * annotations that differ only in their features or links (INCEpTION's slot hosts) are one span to Aurum,
     * which refuses duplicates.
     */
    private List<Span> keptOnce(List<Span> spans, List<ImportWarning> warnings) {
        Set<String> seen = new HashSet<>();
        List<Span> kept = new ArrayList<>(spans.size());
        long duplicates = 0;
        for (Span span : spans) {
            if (seen.add(span.start() + " " + span.end() + " " + span.labelId())) {
                kept.add(span);
            } else {
                duplicates++;
            }
        }
        if (duplicates > 0) {
            warnings.add(ImportWarning.skipped(file, 0, "duplicate-span", duplicates, duplicates + " stacked"
                    + " annotation(s) with the range and label of another were kept once: Aurum holds one span per"
                    + " range and label (the first one's features stay)"));
        }
        return kept;
    }

    /** The document, its spans and the warnings for what it could not hold. */
    ImportedDocument build(String id, long lastLine) throws ImportException {
        if (headerPending) {
            text.append(sentenceText); // a sentence without tokens keeps its text at the end
            counts.sentenceWithoutTokens();
        }
        if (text.isEmpty()) {
            throw ImportException.atLine(file, lastLine, 0, "the file holds no sentence (#Text= line)",
                    "Export the document from INCEpTION again, or leave the file out of the import");
        }
        String content = text.toString();
        PageTitle.Titled page = PageTitle.ofPage(content);
        Document document = new Document(id, content, false, DocumentNaming.metadataFor(file, page));
        List<ImportWarning> warnings = new ArrayList<>();
        List<Span> spans = keptOnce(new WebAnnoTsvSpans(file, schema, document, counts).spans(annotations), warnings);
        counts.report(file, warnings);
        if (tokenMismatches > 0) {
            warnings.add(new ImportWarning(file, firstMismatchLine, tokenMismatches + " token(s) differ from the "
                    + "#Text= line at their offsets (first on this line); the offsets may count another unit than "
                    + "UTF-16 or the file was edited by hand: check the spans on those sentences"));
        }
        return new ImportedDocument(document, spans, warnings, page.regions(), true);
    }

    private ImportException malformed(long line, long column, String problem) {
        return ImportException.atLine(file, line, column, "malformed WebAnno TSV 3 line: " + problem,
                "Fix the line or export the document from INCEpTION again");
    }
}
