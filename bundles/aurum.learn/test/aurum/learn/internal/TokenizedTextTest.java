package aurum.learn.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenizedTextTest {

    @Test
    void linesAreSegmentsAndTokensKeepTheirOffsets() {
        TokenizedText t = TokenizedText.of("Lloyd J. Austin III said\r\n\r\n$9.3 billion.\n");
        List<int[]> segments = t.segments();
        assertEquals(2, segments.size());
        assertArrayEquals(new String[] {"Lloyd", "J", ".", "Austin", "III", "said"}, t.words(0, segments.get(0)[1]));
        assertEquals(28, t.start(segments.get(1)[0]), "the second segment starts at '$'");
        assertEquals(3, t.tokenStartingAt(9));
        assertEquals(3, t.tokenEndingAt(15));
        assertEquals(-1, t.tokenStartingAt(10), "inside 'Austin'");
    }

    @Test
    void longLinesAreCutAfterASentenceEnd() {
        String sentence = "One two three four five six seven eight nine ten. ";
        TokenizedText t = TokenizedText.of(sentence.repeat(20));
        assertEquals(true, t.segments().size() > 1);
        for (int[] s : t.segments()) {
            assertEquals(".", t.words(s[1] - 1, s[1])[0]);
        }
    }
}
