package aurum.app.internal.cli;

import java.util.ArrayList;
import java.util.List;

import aurum.core.model.Document;
import aurum.core.model.LabelSet;
import aurum.core.model.Span;
import aurum.core.validation.Problem;
import aurum.core.validation.ProblemCode;
import aurum.core.validation.SpanValidator;
import aurum.corpus.importer.ImportedDocument;

/**
 * What a corpus cannot hold correctly, checked on each imported document before it is stored: an empty or
 * whitespace-only text, NUL characters, broken UTF-16 (a lone surrogate), and spans that {@code aurum validate}
 * would refuse (a label the corpus's label set does not define, a duplicate, a span out of bounds or splitting
 * a surrogate pair). Strict imports stop at the first finding; lenient ones skip what it concerns and report it.
 */
final class ImportChecks {

    /** Something refused: the document is skipped ({@code span == null}) or only the span is dropped. */
    record Finding(String file, String documentId, int offset, String message, Object span) {
        boolean skipsDocument() {
            return span == null;
        }

        @Override
        public String toString() {
            return file + ": document '" + documentId + "'" + (offset >= 0 ? ", offset " + offset : "") + ": " + message;
        }
    }

    private final SpanValidator validator;
    private final boolean checkLabels;

    /** @param labelSet the corpus's label set, or {@code null} to leave labels unchecked */
    ImportChecks(LabelSet labelSet) {
        this.checkLabels = labelSet != null;
        this.validator = new SpanValidator(labelSet != null ? labelSet : new LabelSet("none", "none", "0", List.of()));
    }

    List<Finding> check(ImportedDocument imported) {
        Document d = imported.document();
        String file = source(imported);
        List<Finding> findings = new ArrayList<>();
        String text = d.text();
        if (text.isEmpty()) {
            findings.add(new Finding(file, d.id(), -1, "the text is empty; leave the file out, or use --lenient to"
                    + " skip empty documents", null));
            return findings;
        }
        if (text.isBlank()) {
            findings.add(new Finding(file, d.id(), -1, "the text is only whitespace; leave the file out, or use"
                    + " --lenient to skip such documents", null));
            return findings;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                findings.add(new Finding(file, d.id(), i, "NUL character (U+0000) in the text: is it a binary file?"
                        + " Remove the NUL characters, or use --lenient to skip the document", null));
                return findings;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                findings.add(new Finding(file, d.id(), i, "broken UTF-16: a lone surrogate U+"
                        + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + " (a character cut in half);"
                        + " fix the encoding of the input, or use --lenient to skip the document", null));
                return findings;
            }
        }
        for (Problem p : validator.validate(d, imported.spans())) {
            boolean labelProblem = switch (p.code()) {
            case UNKNOWN_LABEL, UNKNOWN_ATTRIBUTE, WRONG_ATTRIBUTE_TYPE, ENUM_VALUE_NOT_ALLOWED -> true;
            default -> false;
            };
            // warnings too: what validate would report is refused, so that import -> validate is clean
            if (checkLabels || !labelProblem) {
                Object span = imported.spans().stream().filter(s -> s.id().equals(p.spanId())).findFirst().orElse(null);
                String detail = inWords(p.detail(), text, imported.spans());
                String message = p.code() == ProblemCode.UNKNOWN_LABEL ? detail + " (the corpus's labelset.json,"
                        + " docs/LABELS.md); import with --create-label-set to give the corpus its own label set with the"
                        + " labels found, into a new corpus (which takes the input's labels), or with --lenient to leave"
                        + " such spans out" : detail;
                findings.add(new Finding(file, d.id(), p.offset(), message, span == null ? "?" : span));
            }
        }
        return findings;
    }

    /**
     * {@code detail} with every span id replaced by the span's range and text: the ids of imported spans are
     * made up by the import (JSONL, CoNLL and brat have none, or ids of their own), so they mean nothing to
     * the person who has to find the span in the input.
     */
    static String inWords(String detail, String text, List<Span> spans) {
        String words = detail;
        for (Span s : spans) {
            String quoted = "span '" + s.id() + "'";
            if (words.contains(quoted)) {
                words = words.replace(quoted, "span [" + s.start() + ", " + s.end() + ") " + excerpt(text, s));
            }
        }
        return words;
    }

    private static String excerpt(String text, Span span) {
        if (span.start() < 0 || span.end() > text.length() || span.start() >= span.end()) {
            return "(outside the text)";
        }
        String covered = text.substring(span.start(), span.end()).replaceAll("\\s+", " ");
        if (covered.length() > 40) {
            int cut = Character.isHighSurrogate(covered.charAt(36)) ? 36 : 37;
            covered = covered.substring(0, cut) + "…";
        }
        return "\u201C" + covered + "\u201D";
    }

    static String source(ImportedDocument imported) {
        String source = imported.document().metadata().sourceFile();
        return source != null ? source : imported.document().id();
    }
}
