package aurum.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TokenBoundariesTest {

    private static String snapped(String text, int start, int end) {
        int[] range = TokenBoundaries.snap(text, start, end);
        return range == null ? null : text.substring(range[0], range[1]);
    }

    @Test
    void snapWidensToWholeWordsAndTrimsBlanks() {
        String text = "Secretary Antony Blinken said";
        assertEquals("Antony Blinken", snapped(text, 12, 20));
        assertEquals("Blinken", snapped(text, 16, 19));
        assertNull(TokenBoundaries.snap(text, 9, 10));
    }

    @Test
    void punctuationAndSymbolsAreSingleTokens() {
        String text = "cost $9.3 billion.";
        assertEquals("$9.3 billion", snapped(text, 5, 12));
        assertEquals(5, TokenBoundaries.nextStart(text, 4));
        assertEquals(6, TokenBoundaries.nextStart(text, 5));
        assertEquals(7, TokenBoundaries.nextEnd(text, 6));
    }

    @Test
    void noBreakSpacesCrlfAndCurlyQuotesSeparateTokens() {
        String text = "\u201CJapan\u201D\r\n10\u00A0000";
        assertEquals("Japan", snapped(text, 2, 4));
        assertEquals("10", snapped(text, 8, 10));
        assertEquals("\u201CJapan\u201D", snapped(text, 0, 7), "a deliberate selection of quotes keeps them");
        assertEquals(12, TokenBoundaries.nextStart(text, 9));
    }

    @Test
    void combiningMarksStayInTheirWordAndSurrogatePairsAreNeverSplit() {
        String text = "Cafe\u0301 \uD83D\uDE80 go";
        assertEquals("Cafe\u0301", snapped(text, 1, 2));
        assertArrayEquals(new int[] {6, 8}, TokenBoundaries.snap(text, 7, 8));
        assertEquals(8, TokenBoundaries.nextEnd(text, 6));
        assertEquals(6, TokenBoundaries.previousStart(text, 8));
        assertEquals(5, TokenBoundaries.previousEnd(text, 8));
    }

    @Test
    void movesStopAtTheEdgesOfTheText() {
        String text = "a b";
        assertEquals(-1, TokenBoundaries.previousStart(text, 0));
        assertEquals(-1, TokenBoundaries.nextStart(text, 2));
        assertEquals(3, TokenBoundaries.nextEnd(text, 2));
        assertEquals(-1, TokenBoundaries.nextEnd(text, 3));
        assertEquals(-1, TokenBoundaries.previousEnd(text, 1));
    }
}
