package aurum.corpus.internal.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import aurum.core.model.Document;
import aurum.core.model.Span;
import aurum.corpus.boilerplate.PageTitle;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;

/**
 * Collects the tokens of one CoNLL document: the text is rebuilt with one space between tokens and a line
 * break between sentences (the original spacing is not in the file), and each tag column of the
 * {@link ConllLayout} gives spans through its own {@link ConllTags}. A span found in two tag columns alike is
 * kept once and counted.
 */
final class ConllDocumentBuilder {

    private final String file;
    private final ConllLayout layout;
    private final ConllTags[] columns;
    private StringBuilder text = new StringBuilder();
    private boolean sentenceOpen;
    private long duplicates;

    ConllDocumentBuilder(String file, ConllLayout layout) {
        this.file = file;
        this.layout = layout;
        this.columns = new ConllTags[layout.tags().length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new ConllTags();
        }
    }

    /** Whether {@code fields} is a token line of this file's layout (a {@code #} line that is not is a comment). */
    boolean fits(String[] fields) {
        if (fields.length != layout.columns()) {
            return false;
        }
        for (int t : layout.tags()) {
            if (!ConllTags.isTag(fields[t])) {
                return false;
            }
        }
        return true;
    }

    boolean hasTokens() {
        return !text.isEmpty();
    }

    /** Takes one token line, split into the layout's columns. */
    void token(long line, String content, String[] fields) throws ImportException {
        if (fields.length != layout.columns()) {
            throw ImportException.atLine(file, line, 0, "the line has " + fields.length + " columns but the first "
                    + "token line has " + layout.columns(), "Give every token line the same columns (such as "
                    + "'token POS chunk NER'), separated by spaces or tabs");
        }
        for (int t : layout.tags()) {
            if (!ConllTags.isTag(fields[t])) {
                throw ImportException.atLine(file, line, column(content, fields, t), "'" + fields[t]
                        + "' is not an IOB tag (O, or B-, I-, E-, S-, L- or U- and a type) in tag column " + (t + 1),
                        "Fix the tag, or choose the tag columns with --conll-columns (now " + layout.describe() + ")");
            }
        }
        if (sentenceOpen) {
            text.append(' ');
        } else if (!text.isEmpty()) {
            text.append('\n');
        }
        sentenceOpen = true;
        int start = text.length();
        text.append(fields[layout.token()]);
        for (int i = 0; i < columns.length; i++) {
            columns[i].tag(fields[layout.tags()[i]], start, text.length());
        }
    }

    void endSentence() {
        for (ConllTags column : columns) {
            column.close();
        }
        sentenceOpen = false;
    }

    ImportedDocument build(String id) {
        endSentence();
        String content = text.toString();
        PageTitle.Titled page = PageTitle.ofPage(content);
        Document document = new Document(id, content, false, DocumentNaming.metadataFor(file, page));
        Set<String> seen = new LinkedHashSet<>();
        List<Span> spans = new ArrayList<>();
        for (ConllTags column : columns) {
            for (Span span : column.take()) {
                if (seen.add(span.start() + " " + span.end() + " " + span.labelId())) {
                    spans.add(span.requireWithin(content));
                } else {
                    duplicates++;
                }
            }
        }
        text = new StringBuilder();
        sentenceOpen = false;
        return new ImportedDocument(document, spans, List.of(), page.regions(), true);
    }

    /** Reports spans that two tag columns gave alike, once for the file. */
    void report(List<ImportWarning> warnings) {
        if (duplicates > 0) {
            warnings.add(ImportWarning.skipped(file, 0, "duplicate-span", duplicates, duplicates + " span(s) that a "
                    + "second tag column gave again (same tokens, same label) were kept once"));
        }
    }

    private static long column(String content, String[] fields, int index) {
        int at = 0;
        for (int i = 0; i <= index; i++) {
            at = content.indexOf(fields[i], at) + (i < index ? fields[i].length() : 0);
        }
        return at + 1L;
    }
}
