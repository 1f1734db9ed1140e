package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Span;
import aurum.corpus.importer.ImportedDocument;

/** What an import refuses is said once, with the span's place and text instead of an id the import made up. */
class ImportChecksTest {

    private static final LabelSet NEWS = new LabelSet("news", "News", "2.0.0",
            List.of(LabelDefinition.of("AMOUNT", "Amount"), LabelDefinition.of("PERSON", "Person")));

    private static ImportedDocument document(String text, Span... spans) {
        Document d = Document.imported("b", text, DocumentMetadata.ofSource(Path.of("/in/data.jsonl")));
        return new ImportedDocument(d, List.of(spans), List.of());
    }

    @Test
    void anUnknownLabelNamesTheSpansRangeAndTextOnce() {
        Span span = Span.builder().id("7f0c9e2a-made-up").range(0, 7).label("NOPE").build();
        List<ImportChecks.Finding> findings = new ImportChecks(NEWS).check(document("Blinken said so.", span));
        assertEquals(1, findings.size());
        String said = findings.get(0).toString();
        assertTrue(said.startsWith("/in/data.jsonl: document 'b', offset 0: span [0, 7) \u201CBlinken\u201D has label"
                + " 'NOPE', which label set news@2.0.0 does not define"), said);
        assertFalse(said.contains("7f0c9e2a"), said);
        assertFalse(said.contains("Document 'b'"), "the document is named once: " + said);
    }

    @Test
    void aDuplicateNamesBothSpansByPlaceAndLongTextsAreCut() {
        String text = "The programme costs $9.3 billion over the next five years, officials said on Tuesday.";
        int end = text.indexOf(',');
        Span a = Span.builder().id("a-1").range(20, end).label("AMOUNT").build();
        Span b = Span.builder().id("b-2").range(20, end).label("AMOUNT").build();
        String said = new ImportChecks(NEWS).check(document(text, a, b)).get(0).toString();
        assertTrue(said.contains("span [20, " + end + ") \u201C$9.3 billion over the next five years\u201D"), said);
        assertTrue(said.contains("duplicates span [20, " + end + ")"), said);
        assertFalse(said.contains("a-1") || said.contains("b-2"), said);
    }

    @Test
    void aSpanTextLongerThanFortyCharactersEndsWithAnEllipsisAndNeverSplitsAnEmoji() {
        String text = "x".repeat(36) + "\uD83D\uDE80 and much more text after the rocket";
        Span span = Span.builder().id("s").range(0, text.length()).label("NOPE").build();
        String said = new ImportChecks(NEWS).check(document(text, span)).get(0).toString();
        assertTrue(said.contains("\u201C" + "x".repeat(36) + "\u2026\u201D"), said);
    }
}
