package aurum.export.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import aurum.export.DocumentWriter;
import aurum.export.ExportDocument;
import aurum.export.ExportOptions;
import aurum.export.ExportOutput;
import aurum.export.ExportSpan;
import aurum.export.Exporter;
import aurum.export.Sentence;

/**
 * WebAnno TSV 3.3, which INCEpTION and WebAnno import: {@code <split>/<id>.tsv} with the spans on the
 * DKPro {@code NamedEntity} layer ({@code value} = label). Each token line is
 * {@code sent-tok<TAB>begin-end<TAB>token<TAB>identifier<TAB>value<TAB>} with UTF-16 offsets; a span over
 * several tokens, or stacked on another, carries a document-wide number ({@code PER[3]}), stacked
 * values are joined with {@code |}. Overlaps are kept, so the format needs no overlap policy.
 *
 * <p>Sentences are separated by one blank line and the file ends right after the last token line, as
 * INCEpTION's own files do: its reader (and DKPro Core's) expects a sentence header after every blank
 * line and stops with "Expected sentence header but got [END]" on a trailing one.
 */
public class WebAnnoTsvExporter implements Exporter {

    static final String LAYER = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";

    @Override
    public String id() {
        return "tsv3";
    }

    @Override
    public String description() {
        return "WebAnno TSV 3.3 (INCEpTION, WebAnno) with the spans on the NamedEntity layer";
    }

    @Override
    public boolean tokenBased() {
        return true;
    }

    @Override
    public boolean allowsOverlaps() {
        return true;
    }

    @Override
    public DocumentWriter open(ExportOutput output, String split, List<String> labels, ExportOptions options) {
        return new DocumentWriter() {
            @Override
            public void write(ExportDocument document) throws IOException {
                try (Writer out = output.create(split + "/" + document.id() + ".tsv")) {
                    writeDocument(out, document);
                }
            }

            @Override
            public void close() {
                // one file per document, closed as written
            }
        };
    }

    static void writeDocument(Writer out, ExportDocument document) throws IOException {
        String text = document.text();
        List<ExportSpan> spans = document.spans();
        int[] numbers = numbers(document);
        out.write("#FORMAT=WebAnno TSV 3.3\n#T_SP=" + LAYER + "|identifier|value\n\n\n");
        for (int s = 0; s < document.sentences().size(); s++) {
            Sentence sentence = document.sentences().get(s);
            if (s > 0) {
                out.write("\n"); // one blank line between sentences, none after the last (see the class comment)
            }
            for (String line : text.substring(sentence.start(), sentence.end()).split("\n", -1)) {
                out.write("#Text=" + escapeText(line) + "\n");
            }
            for (int t = 0; t < sentence.tokens().size(); t++) {
                Sentence.Token token = sentence.tokens().get(t);
                List<String> ids = new ArrayList<>();
                List<String> values = new ArrayList<>();
                for (int i = 0; i < spans.size() && spans.get(i).start() < token.end(); i++) {
                    ExportSpan span = spans.get(i);
                    if (span.start() <= token.start() && token.end() <= span.end()) {
                        String suffix = numbers[i] > 0 ? "[" + numbers[i] + "]" : "";
                        ids.add("*" + suffix);
                        values.add(escape(span.label()) + suffix);
                    }
                }
                out.write((s + 1) + "-" + (t + 1) + "\t" + token.start() + "-" + token.end() + "\t"
                        + escape(token.text(text)) + "\t" + column(ids) + "\t" + column(values) + "\t\n");
            }
        }
    }

    /** Span numbers: 0 for a one-token span on its own, else 1, 2, … in document order. */
    private static int[] numbers(ExportDocument document) {
        List<ExportSpan> spans = document.spans();
        int[] numbers = new int[spans.size()];
        int next = 0;
        for (int i = 0; i < spans.size(); i++) {
            ExportSpan span = spans.get(i);
            boolean stacked = false;
            for (int j = 0; j < spans.size() && !stacked; j++) {
                stacked = j != i && spans.get(j).overlaps(span);
            }
            if (stacked || tokenCount(document, span) > 1) {
                numbers[i] = ++next;
            }
        }
        return numbers;
    }

    private static int tokenCount(ExportDocument document, ExportSpan span) {
        int n = 0;
        for (Sentence s : document.sentences()) {
            if (s.end() <= span.start() || s.start() >= span.end()) {
                continue;
            }
            for (Sentence.Token t : s.tokens()) {
                n += t.start() >= span.start() && t.end() <= span.end() ? 1 : 0;
            }
        }
        return n;
    }

    private static String column(List<String> values) {
        return values.isEmpty() ? "_" : String.join("|", values);
    }

    /** Escapes the characters TSV 3 reserves in token and feature values. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', '[', ']', '|', '_', '*', ';' -> out.append('\\').append(c);
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '-' -> out.append(i + 1 < value.length() && value.charAt(i + 1) == '>' ? "\\-" : "-");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes a {@code #Text=} line as TSV 3.2 and later do: backslash, tab, carriage return, form feed and
     * backspace by their Java escapes, other control characters by a backslash before them. A CR of a CRLF
     * inside a sentence stays in the text this way, so INCEpTION rebuilds the text with the same offsets.
     */
    static String escapeText(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '\b' -> out.append("\\b");
                default -> {
                    if (c < 32 && c != '\n' && c != 0x0B) { // INCEpTION writes a vertical tab as is
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
