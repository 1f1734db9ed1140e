package aurum.agreement.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokensTest {

    private static List<String> tokens(String text) {
        WordTokens tokens = WordTokens.of(text);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            result.add(text.substring(tokens.start(i), tokens.end(i)));
        }
        return result;
    }

    @Test
    void wordsNumbersAndPunctuationAreTokensWhitespaceIsNot() {
        assertEquals(List.of("Tokyo", "paid", "$", "1.50", "."), tokens("Tokyo paid $1.50."));
    }

    @Test
    void noBreakSpacesCrlfAndZeroWidthSpacesSeparateWithoutBecomingTokens() {
        assertEquals(List.of("Lloyd", "Austin", "said", "no"), tokens("Lloyd\u00A0Austin\r\nsaid\u200B no"));
    }

    @Test
    void curlyQuotesCombiningMarksAndEmojiKeepUtf16Offsets() {
        String text = "\u201CCafe\u0301\u201D \uD83D\uDE80 launch";
        assertEquals(List.of("\u201C", "Cafe\u0301", "\u201D", "\uD83D\uDE80", "launch"), tokens(text));
        WordTokens t = WordTokens.of(text);
        assertEquals(8, t.start(3)); // the rocket is two UTF-16 units
        assertEquals(10, t.end(3));
    }

    @Test
    void firstEndingAfterFindsTheTokenAnOffsetFallsIn() {
        WordTokens t = WordTokens.of("ab cd ef");
        assertEquals(0, t.firstEndingAfter(0));
        assertEquals(1, t.firstEndingAfter(2));
        assertEquals(1, t.firstEndingAfter(4));
        assertEquals(3, t.firstEndingAfter(8));
    }
}
