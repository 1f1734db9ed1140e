package aurum.editor.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrappedTest {

    @Test
    void longGuidelinesBreakAtSpacesWithinTheWidth() {
        String guideline = "Tag the amount with its currency and unit: $9.3 billion, not 9.3 billion. "
                + "Ranges (\u20AC5\u20137 million) are one span. Do not tag percentages or counts of people.";
        String wrapped = Wrapped.lines(guideline, 30);
        for (String line : wrapped.split("\n")) {
            assertTrue(line.length() <= 30, line);
        }
        assertEquals(guideline, wrapped.replace('\n', ' '), "only spaces became line breaks");
    }

    @Test
    void lineBreaksStayAndAWordLongerThanTheWidthStandsAlone() {
        assertEquals("short\nhttps://example.org/a/very/long/link\nend",
                Wrapped.lines("short https://example.org/a/very/long/link end", 10));
        assertEquals("a b\nc", Wrapped.lines("a b\nc", 10));
        assertEquals("", Wrapped.lines("", 10));
    }
}
