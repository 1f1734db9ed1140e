package aurum.corpus.store;

import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

/** Documents and spans that exercise every corner of the format. */
final class StoreFixtures {

    /** BOM, CRLF, NBSP, curly quotes, a combining mark and an emoji outside the BMP. */
    static final String TRICKY_TEXT = "\uFEFFTokyo\u00A0said \u201Cno\u201D.\r\nCafe\u0301 \uD83D\uDE80 costs $1.50\r\n";

    static final Instant CREATED = Instant.parse("2026-01-02T03:04:05.123456789Z");

    private StoreFixtures() {
    }

    static CorpusSettings settings() {
        return CorpusSettings.of("test corpus", new LabelSetRef("news", "1.0"));
    }

    static Document trickyDocument(String id) {
        return Document.imported(id, TRICKY_TEXT, new DocumentMetadata("in/" + id + ".txt", "A \u201Ctitle\u201D",
                LocalDate.of(2025, 12, 31), URI.create("https://example.org/a?b=c&d"), "ja-JP"));
    }

    static Document plainDocument(String id, String text) {
        return Document.imported(id, text, DocumentMetadata.NONE);
    }

    /** A span on the emoji and the amount, carrying every attribute type, a note and both times. */
    static Span richSpan(Document document) {
        int start = document.text().indexOf('\uD83D');
        int end = document.text().indexOf("50") + 2;
        return Span.builder().id("s-rich").range(start, end).label("MONEY")
                .attribute("amount", AttributeValue.ofNumber(new BigDecimal("1.50")))
                .attribute("currency", AttributeValue.ofString("USD \u201Cdollars\u201D"))
                .attribute("kind", AttributeValue.ofEnum("PRICE"))
                .attribute("approximate", AttributeValue.ofBoolean(false))
                .note("line one\nline \"two\" \u00E9\u0301").annotator("alice").created(CREATED)
                .modified(CREATED.plusSeconds(60)).status(SpanStatus.ACCEPTED).build();
    }

    static Span simpleSpan(String id, int start, int end, SpanStatus status) {
        return Span.builder().id(id).range(start, end).label("LOC").created(CREATED).status(status).build();
    }
}
