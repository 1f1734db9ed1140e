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

    private static String withSigns(String text, String dragged) {
        int start = text.indexOf(dragged);
        int[] range = TokenBoundaries.snapWithNumberSigns(text, start, start + dragged.length());
        return range == null ? null : text.substring(range[0], range[1]);
    }

    @Test
    void currencySymbolsAndUnitsStayWithTheirNumber() {
        assertEquals("$9.3 billion", withSigns("a cost of $9.3 billion.", "9.3 billion"));
        assertEquals("$9.3", withSigns("a cost of $9.3 billion.", "9.3"));
        assertEquals("US$40", withSigns("about US$40 each", "40"));
        assertEquals("\u20AC9,30", withSigns("for \u20AC9,30.", "9,30"));
        assertEquals("9,30\u00A0\u20AC", withSigns("pour 9,30\u00A0\u20AC.", "9,30"), "after a no-break space");
        assertEquals("50 %", withSigns("soit 50 % du budget", "50"));
        assertEquals("12%", withSigns("up 12% on the year", "12"));
        assertEquals("\u00A39", withSigns("only \u00A39 left", "9"));
        // words are not numbers: nothing more is taken, and a plain snap still leaves the sign out
        assertEquals("billion", withSigns("$9.3 billion $", "billion"));
        assertEquals("9.3", snapped("$9.3", 1, 4));
        // lower-case letters before the sign are a word, not a currency code
        assertEquals("$5", withSigns("pay$5 now", "5"));
        // a sign at the very start, and emoji outside the BMP next to a number are left alone
        assertEquals("$1", withSigns("$1", "1"));
        assertEquals("7", withSigns("\uD83D\uDE807 x", "7"));
        assertNull(TokenBoundaries.snapWithNumberSigns("a   b", 1, 4));
    }
}
