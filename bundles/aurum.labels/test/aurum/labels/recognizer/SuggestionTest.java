package aurum.labels.recognizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    @Test
    void acceptsStringNumberAndBooleanAttributesAndKeepsTheirOrder() {
        Map<String, Object> attributes = new java.util.LinkedHashMap<>();
        attributes.put("value", new BigDecimal("9300000000"));
        attributes.put("currency", "USD");
        attributes.put("rate", Boolean.TRUE);
        Suggestion s = new Suggestion("AMOUNT", 3, 15, 0.9, attributes);
        assertEquals(List.of("value", "currency", "rate"), List.copyOf(s.attributes().keySet()));
        assertEquals(Optional.empty(), s.recognizerId());
        assertEquals(Optional.of("amounts"), s.withRecognizerId("amounts").recognizerId());
        assertThrows(UnsupportedOperationException.class, () -> s.attributes().put("x", "y"));
    }

    @Test
    void rejectsOtherAttributeTypesBadSpansAndConfidenceOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new Suggestion("A", 0, 1, 0.5, Map.of("n", 3)));
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("n", null);
        assertThrows(IllegalArgumentException.class, () -> new Suggestion("A", 0, 1, 0.5, withNull));
        assertThrows(IllegalArgumentException.class, () -> new Suggestion("A", 2, 2, 0.5, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Suggestion("A", -1, 2, 0.5, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Suggestion("A", 0, 2, 1.5, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Suggestion("A", 0, 2, Double.NaN, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Suggestion(" ", 0, 2, 0.5, Map.of()));
    }

    @Test
    void spanRulesRejectWhitespaceEdgesAndSplitSurrogatePairs() {
        String text = "a \u00A0b\uD83D\uDE00c ";
        assertTrue(SpanRules.isWellFormed(text, 0, 1));
        assertFalse(SpanRules.isWellFormed(text, 0, 2));
        assertFalse(SpanRules.isWellFormed(text, 2, 4), "no-break space counts as whitespace");
        assertTrue(SpanRules.isWellFormed(text, 3, 7));
        assertFalse(SpanRules.isWellFormed(text, 3, 5), "ends inside the emoji's surrogate pair");
        assertFalse(SpanRules.isWellFormed(text, 5, 7), "starts inside the emoji's surrogate pair");
        assertEquals(3, SpanRules.trimStart(text, 1, 8));
        assertEquals(7, SpanRules.trimEnd(text, 1, 8));
    }

    @Test
    void cancellationThrowsOnlyWhenAsked() {
        Cancellation.NONE.throwIfCancelled();
        Cancellation cancelled = () -> true;
        assertThrows(RecognitionCancelledException.class, cancelled::throwIfCancelled);
    }
}
