package aurum.export.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Tokens as CoNLL-2003 has them: UAX #29 words, with a possessive 's split off. */
class TokenizerTest {

    private static List<String> tokens(String text) {
        Tokenizer.Tokens tokens = new Tokenizer().tokenize(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(text.substring(tokens.start(i), tokens.end(i)));
        }
        return out;
    }

    @Test
    void aPossessiveIsATokenOfItsOwnWithEitherApostrophe() {
        assertEquals(List.of("Japan", "’s", "budget", "and", "Tanaka", "'s", "aides", "rose", "1.5", "%"),
                tokens("Japan’s budget and Tanaka's aides rose 1.5%"));
        assertEquals(List.of("Ødegaard", "’s", "office"), tokens("Ødegaard’s office"));
    }

    @Test
    void otherApostrophesAndShortWordsStayAsUax29HasThem() {
        assertEquals(List.of("rock'n'roll", "officials", "'", "o'clock", "'", "s"), tokens("rock'n'roll officials' o'clock 's"));
        assertEquals(List.of("U.S", ".", "F", "-", "35", "🚀", "Café"), tokens("U.S. F-35 🚀 Café"));
    }
}
