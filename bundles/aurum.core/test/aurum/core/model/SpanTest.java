package aurum.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpanTest {

    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05.123456789Z");

    private static Span span(int start, int end) {
        return Span.builder().id("s1").range(start, end).label("MONEY").created(T0).build();
    }

    @Test
    void zeroLengthSpanIsRejectedNamingItsOffsets() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> span(5, 5));
        assertEquals("span 's1' is empty: start 5 equals end 5; a span must cover at least one character",
                error.getMessage());
    }

    @Test
    void reversedAndNegativeRangesAreRejected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> span(5, 3)).getMessage()
                .contains("ends at 3, before its start 5"));
        assertThrows(IllegalArgumentException.class, () -> span(-1, 3));
    }

    @Test
    void startInsideASurrogatePairIsRejectedAgainstTheText() {
        String text = "pay \uD83D\uDCB0 100";
        Span span = span(5, 8);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> span.requireWithin(text));
        assertTrue(error.getMessage().contains("start of span 's1' at offset 5 splits the surrogate pair"),
                error.getMessage());
        assertTrue(error.getMessage().contains("use 4 or 6"), error.getMessage());
    }

    @Test
    void endInsideAZwjSequenceMemberIsRejected() {
        String family = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThrows(IllegalArgumentException.class,
                () -> Span.builder().range(0, 1).label("X").buildFor(family));
        assertEquals(3, Span.builder().range(0, 3).label("X").buildFor(family).length());
    }

    @Test
    void spanEndingBeyondTheTextIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> span(2, 9).requireWithin("short"));
        assertTrue(error.getMessage().contains("[2, 9) ends beyond the text, which has length 5"), error.getMessage());
    }

    @Test
    void builderFillsInAFreshUuidManualStatusAndEqualTimes() {
        Span a = Span.builder().range(0, 1).label("X").build();
        Span b = Span.builder().range(0, 1).label("X").build();
        assertNotEquals(a.id(), b.id());
        assertEquals(36, a.id().length());
        assertEquals(SpanStatus.MANUAL, a.status());
        assertEquals(a.created(), a.modified());
    }

    @Test
    void copiesKeepTheIdAndChangeOnlyWhatTheyName() {
        Span original = span(0, 4).withAttribute("currency", AttributeValue.ofString("JPY"));
        Span moved = original.withRange(1, 3).withLabel("OFFICIAL").withStatus(SpanStatus.ACCEPTED)
                .withNote("check").withAnnotator("bob").withModified(T0.plusSeconds(1));
        assertEquals("s1", moved.id());
        assertEquals(List.of(1, 3, "OFFICIAL", SpanStatus.ACCEPTED, "check", "bob"),
                List.of(moved.start(), moved.end(), moved.labelId(), moved.status(), moved.note(), moved.annotator()));
        assertEquals(original.attributes(), moved.attributes());
        assertEquals(T0, moved.created());
        assertEquals(T0.plusSeconds(1), moved.modified());
        assertEquals(4, original.end());
        assertEquals(Map.of(), moved.withoutAttribute("currency").attributes());
    }

    @Test
    void attributesAreCopiedSortedAndUnmodifiable() {
        Map<String, AttributeValue> source = new HashMap<>();
        source.put("z", AttributeValue.ofBoolean(true));
        source.put("a", AttributeValue.ofNumber(5));
        Span span = span(0, 1).withAttributes(source);
        source.clear();
        assertEquals(List.of("a", "z"), List.copyOf(span.attributes().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> span.attributes().put("b", AttributeValue.ofEnum("x")));
    }

    @Test
    void blankNoteAndAnnotatorMeanNone() {
        Span span = span(0, 1).withNote("   ").withAnnotator("");
        assertNull(span.note());
        assertNull(span.annotator());
    }

    @Test
    void numberValuesWithTheSameAmountAreEqual() {
        assertEquals(AttributeValue.ofNumber(new BigDecimal("1.50")), AttributeValue.ofNumber(new BigDecimal("1.5")));
        assertEquals(AttributeValue.ofNumber(new BigDecimal("0.00")), AttributeValue.ofNumber(0));
        assertEquals("100", AttributeValue.ofNumber(new BigDecimal("100.0")).value().toPlainString());
    }

    @Test
    void geometryHelpersUseHalfOpenRanges() {
        Span span = span(2, 5);
        assertTrue(span.contains(2));
        assertTrue(!span.contains(5));
        assertTrue(span.overlaps(4, 9));
        assertTrue(!span.overlaps(5, 9));
        assertEquals("llo", span.coveredText("hello"));
        assertSame(span, span.requireWithin("hello"));
    }
}
