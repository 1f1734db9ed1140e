package aurum.corpus.internal.importer;

import java.util.ArrayList;
import java.util.List;

import aurum.core.model.Document;
import aurum.core.model.Span;
import aurum.corpus.boilerplate.PageTitle;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportedDocument;

/**
 * Collects the tokens of one CoNLL document and turns B/I runs into spans. IOB1 and IOB2 are read
 * alike: {@code B-X} always starts a span, {@code I-X} continues an open {@code X} span and otherwise
 * starts one (IOB1's rule, which IOB2 data never needs), and a sentence end closes any span.
 */
final class ConllDocumentBuilder {

    private final String file;
    private StringBuilder text = new StringBuilder();
    private List<Span> spans = new ArrayList<>();
    private boolean sentenceOpen;
    private String openLabel;
    private int openStart;
    private int openEnd;

    ConllDocumentBuilder(String file) {
        this.file = file;
    }

    boolean hasTokens() {
        return !text.isEmpty();
    }

    void token(long line, String content) throws ImportException {
        String[] columns = content.split("\\s+");
        if (columns.length != 4 && columns.length != 2) {
            throw ImportException.atLine(file, line, 0, "the line has " + columns.length + " columns",
                    "Write 'token POS chunk NER' or 'token NER', separated by spaces or tabs");
        }
        String tag = columns[columns.length - 1];
        // "B" or "I" alone has no type: refused here, not cut at index 2 further down (found by fuzzing)
        String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "";
        if (!tag.equals("O") && !(prefix.equals("B") || prefix.equals("I"))) {
            throw ImportException.atLine(file, line, content.lastIndexOf(tag) + 1, "'" + tag
                    + "' is not an IOB tag", "Use O, B-TYPE or I-TYPE in the last column");
        }
        if (sentenceOpen) {
            text.append(' ');
        } else if (!text.isEmpty()) {
            text.append('\n');
        }
        sentenceOpen = true;
        int start = text.length();
        text.append(columns[0]);
        String type = tag.equals("O") ? null : tag.substring(2);
        boolean continues = prefix.equals("I") && type.equals(openLabel);
        if (!continues) {
            closeSpan();
            if (type != null) {
                openLabel = type;
                openStart = start;
            }
        }
        openEnd = text.length();
    }

    void endSentence() {
        closeSpan();
        sentenceOpen = false;
    }

    ImportedDocument build(String id) {
        endSentence();
        String content = text.toString();
        PageTitle.Titled page = PageTitle.ofPage(content);
        Document document = new Document(id, content, false, DocumentNaming.metadataFor(file, page));
        List<Span> built = spans.stream().map(span -> span.requireWithin(content)).toList();
        text = new StringBuilder();
        spans = new ArrayList<>();
        return new ImportedDocument(document, built, List.of(), page.regions());
    }

    private void closeSpan() {
        if (openLabel != null) {
            spans.add(Span.builder().range(openStart, openEnd).label(openLabel).build());
            openLabel = null;
        }
    }
}
