package aurum.editor.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import aurum.core.model.AttributeValue;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.editor.Fixtures;

class SpanColumnTest {

    private static final String TEXT = Fixtures.TEXT;

    @Test
    void cellsShowCoveredTextOnOneLineAndTypedAttributes() {
        Span across = new Span("x", TEXT.indexOf("bay\u201d"), TEXT.indexOf("Jose") + 5, "LOC",
                Map.of("n", AttributeValue.ofNumber(new java.math.BigDecimal("1.50")), "b", AttributeValue.ofBoolean(true)),
                null, null, java.time.Instant.EPOCH, java.time.Instant.EPOCH, SpanStatus.SUGGESTED);
        assertEquals("bay\u201d. Jose\u0301", SpanColumn.TEXT.text(across, TEXT), "CRLF becomes one space");
        assertEquals("b=true, n=1.5", SpanColumn.ATTRIBUTES.text(across, TEXT));
        assertEquals("suggested", SpanColumn.STATUS.text(across, TEXT));
        assertEquals("", SpanColumn.ANNOTATOR.text(across, TEXT));
        Span emoji = Fixtures.span("\uD83D\uDE00", 0, "PERSON", SpanStatus.MANUAL);
        assertEquals("\uD83D\uDE00", SpanColumn.TEXT.text(emoji, TEXT));
    }

    @Test
    void longTextIsShortenedWithAnEllipsis() {
        String text = "a".repeat(200);
        Span span = new Span("x", 0, 200, "LOC", Map.of(), null, null, java.time.Instant.EPOCH, java.time.Instant.EPOCH,
                SpanStatus.MANUAL);
        String shown = SpanColumn.TEXT.text(span, text);
        assertEquals(80, shown.length());
        assertEquals('…', shown.charAt(79));
    }

    @Test
    void sortingByLabelKeepsDocumentOrderWithinALabel() {
        Span b1 = Fixtures.span("Tokyo", 1, "ORG", SpanStatus.MANUAL);
        Span a1 = Fixtures.span("Tokyo", 0, "LOC", SpanStatus.MANUAL);
        Span b0 = Fixtures.span("met", 0, "ORG", SpanStatus.MANUAL);
        Span a2 = Fixtures.span("Jose", 0, "LOC", SpanStatus.MANUAL);
        List<Span> spans = new ArrayList<>(List.of(b1, a2, b0, a1));
        spans.sort(SpanColumn.LABEL.order(TEXT));
        assertEquals(List.of(a1, a2, b0, b1), spans);
        SortedSpans sorted = new SortedSpans();
        sorted.load(layer(b1, a2, b0, a1), TEXT);
        assertEquals(List.of(a1, b0, b1, a2), sorted.asList(), "start order by default");
        sorted.sortBy(SpanColumn.END, false, TEXT);
        assertEquals(a2, sorted.at(0));
        assertEquals(3, sorted.indexOf(a1.id()));
    }

    @Test
    void byStartTheRowsAreTheLiveLayerReadByPositionInBothDirections() {
        Span b1 = Fixtures.span("Tokyo", 1, "ORG", SpanStatus.MANUAL);
        Span a1 = Fixtures.span("Tokyo", 0, "LOC", SpanStatus.MANUAL);
        Span b0 = Fixtures.span("met", 0, "ORG", SpanStatus.MANUAL);
        Layer layer = layer(b1, b0, a1);
        SortedSpans sorted = new SortedSpans();
        sorted.load(layer, TEXT);
        assertEquals(List.of(a1, b0, b1), sorted.asList());
        assertEquals(2, sorted.indexOf(b1.id()));
        sorted.sortBy(SpanColumn.START, false, TEXT);
        assertEquals(List.of(b1, b0, a1), sorted.asList());
        assertEquals(0, sorted.indexOf(b1.id()));
        assertEquals(-1, sorted.indexOf("missing"));
        layer.remove(b0.id());
        assertEquals(2, sorted.size(), "read from the layer, not a copy");
        assertEquals(null, sorted.at(2), "a row the table still shows but the layer no longer has");
        sorted.sortBy(SpanColumn.LABEL, true, TEXT);
        layer.remove(b1.id());
        assertEquals(List.of(a1, b1), sorted.asList(), "any other order is a copy, refreshed by the next load");
    }

    private static Layer layer(Span... spans) {
        Layer layer = new Layer(Fixtures.document(), LayerOwner.annotator("alice"));
        layer.addAll(List.of(spans));
        return layer;
    }
}
