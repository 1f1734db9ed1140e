package aurum.labels.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionCancelledException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The word-level scanner that whole-word gazetteers use: its premise (folding keeps word characters
 * word characters), how keys split into tokens, the word table's exact lookups, and agreement with the
 * character automaton, which stays the independent implementation of the same semantics.
 */
class WordScannerTest {

    private static List<String> find(String text, MatchMode mode, String... keys) {
        GazetteerBuilder<String> builder = Gazetteer.<String>builder().caseInsensitive(true).wholeWords(true);
        for (String key : keys) {
            builder.add(key, key);
        }
        Gazetteer<String> g = builder.build();
        assertTrue(g.scansWords());
        return g.find(text, mode).stream().map(m -> m.start() + "-" + m.end() + ":" + m.payload()).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void foldingNeverChangesWhetherACodePointIsAWordCharacter(int options) {
        CharFolder folder = CharFolder.of((options & 1) != 0, (options & 2) != 0);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue;
            }
            int folded = cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? folder.fold((char) cp)
                    : folder.foldSupplementary(cp);
            if (WordBoundaries.isWordChar(cp) != WordBoundaries.isWordChar(folded)) {
                fail("U+" + Integer.toHexString(cp) + " folds to U+" + Integer.toHexString(folded)
                        + ", which is " + (WordBoundaries.isWordChar(folded) ? "" : "not ") + "a word character");
            }
            if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                assertEquals(WordBoundaries.isWordChar(cp), WordBoundaries.isWordCharBmp((char) cp));
            }
        }
    }

    @Test
    void keysSplitIntoWordsAndSingleOtherCodePoints() {
        assertEquals(List.of("U", ".", "S", ".", "-", "Japan"), WordScanner.tokens("U.S.-Japan"));
        assertEquals(List.of("cafe\u0301", "\u00A0", "noir"), WordScanner.tokens("cafe\u0301\u00A0noir"));
        assertEquals(List.of("\uD83D\uDE80", " ", "launch"), WordScanner.tokens("\uD83D\uDE80 launch"));
        assertEquals(List.of("\uD801\uDC00abc1", "\u2019", "s"), WordScanner.tokens("\uD801\uDC00abc1\u2019s"));
        assertEquals(List.of("\r", "\n", "\u0301x"), WordScanner.tokens("\r\n\u0301x"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, WordTable.SHORT - 1, WordTable.SHORT, WordTable.SHORT + 1, WordTable.MEDIUM - 1,
        WordTable.MEDIUM, WordTable.MEDIUM + 1, WordTable.MEDIUM + 30})
    void wordsOfEveryKindOfTableSlotAreFoundExactly(int length) {
        // packed into one long, into two, or pooled; neighbours one character shorter or longer, or
        // differing in the last character, or beyond U+00FF, must not be found
        String key = "a".repeat(length - 1) + "b";
        String shorter = "a".repeat(length - 1);
        String longer = "a".repeat(length - 1) + "bb";
        String otherLast = "a".repeat(length - 1) + "c";
        String wide = "a".repeat(length) + "\u0101";
        String wideKey = "\u0101".repeat(length);
        String text = String.join(" ", shorter, key.toUpperCase(), longer, otherLast, wide, wideKey, key);
        int second = shorter.length() + 1;
        int last = text.length() - key.length();
        int wideAt = text.length() - key.length() - 1 - wideKey.length();
        assertEquals(List.of(second + "-" + (second + length) + ":" + key,
                wideAt + "-" + (wideAt + length) + ":" + wideKey, last + "-" + text.length() + ":" + key),
                find(text, MatchMode.ALL, key, wideKey));
    }

    @Test
    void aWordLongerThanEveryKeyIsPassedOverWhole() {
        assertEquals(List.of("301-304:abc"), find("a".repeat(300) + " abc", MatchMode.LEFTMOST_LONGEST, "abc", "a"));
    }

    @Test
    void phrasesFollowFailureLinksAcrossWords() {
        assertEquals(List.of("0-9:a b c d e"), find("a b c d e f", MatchMode.LEFTMOST_LONGEST, "a b c d e", "b c",
                "c d e f"));
        assertEquals(List.of("2-5:b c", "6-9:d e"), find("a b c d e", MatchMode.LEFTMOST_LONGEST, "a b x", "b c",
                "d e", "b c d x"));
        assertEquals(List.of("0-3:a b", "2-5:b c", "2-7:b c d", "4-7:c d"),
                find("a b c d", MatchMode.ALL, "a b", "b c", "b c d", "c d"));
    }

    @Test
    void punctuationAndLoneSurrogatesAreTokensOfTheirOwn() {
        assertEquals(List.of("1-5:u.s.", "6-11:japan"), find("(U.S.-Japan)", MatchMode.LEFTMOST_LONGEST, "u.s.",
                "japan", "s.-j"));
        assertEquals(List.of("1-2:x", "3-4:x"), find("\uD800x\uDC00x", MatchMode.ALL, "x"));
        assertEquals(List.of("3-12:\uD83D\uDE80 launch"), find("a\uD83D\uDE00\uD83D\uDE80 launch",
                MatchMode.ALL, "\uD83D\uDE80 launch"));
    }

    @Test
    void cancellationIsCheckedBetweenTokens() {
        Gazetteer<String> g = Gazetteer.<String>builder().wholeWords(true).add("b", "b").build();
        String text = "a ".repeat(200_000);
        int[] calls = new int[1];
        Cancellation secondCall = () -> ++calls[0] > 1;
        assertThrows(RecognitionCancelledException.class,
                () -> g.scan(text, MatchMode.LEFTMOST_LONGEST, secondCall, (s, e, p) -> { }));
        assertEquals(2, calls[0]);
    }

    @Test
    void theCharacterAutomatonRemainsAvailableForComparison() {
        Gazetteer<String> chars = Gazetteer.<String>builder().wholeWords(true).characterAutomaton(true)
                .add("a", "a").build();
        assertFalse(chars.scansWords());
        assertFalse(Gazetteer.<String>builder().add("a", "a").build().scansWords());
    }

    @Test
    void theWordStructureIsSmallerThanTheCharacterTrie() {
        GazetteerBuilder<Integer> words = Gazetteer.<Integer>builder().caseInsensitive(true).wholeWords(true);
        GazetteerBuilder<Integer> chars = Gazetteer.<Integer>builder().caseInsensitive(true).wholeWords(true)
                .characterAutomaton(true);
        for (int i = 0; i < 2_000; i++) {
            String key = "word" + (i % 300) + " name" + i / 7;
            words.add(key, i);
            chars.add(key, i);
        }
        Gazetteer<Integer> w = words.build();
        Gazetteer<Integer> c = chars.build();
        assertTrue(w.memoryBytes() > 16L * w.nodeCount(), () -> w.memoryBytes() + " bytes");
        assertTrue(w.memoryBytes() < c.memoryBytes(), () -> w.memoryBytes() + " vs " + c.memoryBytes());
    }

    @Test
    void scansAnyCharSequence() {
        Gazetteer<String> g = Gazetteer.<String>builder().wholeWords(true).add("ab", "ab").build();
        assertEquals(List.of(new Match<>(2, 4, "ab")), g.find(new StringBuilder("x ab"), MatchMode.ALL));
    }
}
