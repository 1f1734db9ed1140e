package aurum.labels.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionCancelledException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scan's shortcuts in whole-word mode: passing over the inside of ASCII words without trie lookups,
 * and failure links to the root read from the node record. Each case is one where a shortcut taken
 * too eagerly would lose or invent a match.
 */
class GazetteerFastPathTest {

    private static List<String> find(String text, MatchMode mode, String... keys) {
        GazetteerBuilder<String> builder = Gazetteer.<String>builder().caseInsensitive(true).wholeWords(true);
        for (String key : keys) {
            builder.add(key, key);
        }
        return builder.build().find(text, mode).stream().map(m -> m.start() + "-" + m.end() + ":" + m.payload())
                .toList();
    }

    @Test
    void aWordStartingWithANonAsciiLetterIsNotMatchedFromItsAsciiTail() {
        assertEquals(List.of("5-8:abc"), find("éabc abc", MatchMode.ALL, "abc"));
        assertEquals(List.of("6-9:abc"), find("\uD801\uDC00abc abc", MatchMode.ALL, "abc"));
    }

    @Test
    void digitsContinueAWordAndCanStartAnEntry() {
        assertEquals(List.of("6-10:1abc"), find("x1abc 1abc 1abcd", MatchMode.ALL, "1abc"));
    }

    @Test
    void aMatchRightAfterALongUnmatchedWordIsFound() {
        assertEquals(List.of("13-20:missile"), find("Hypersonicss Missile.", MatchMode.LEFTMOST_LONGEST,
                "hypersonic", "missile"));
    }

    @Test
    void aFailureLinkToAnotherWordStartIsStillFollowed() {
        // "new york town": the walk along "new york city" fails at 't' and must go on from "york"
        assertEquals(List.of("4-8:york"), find("new york town", MatchMode.LEFTMOST_LONGEST, "new york city", "york"));
        assertEquals(List.of("0-13:new york city"), find("NEW YORK CITY", MatchMode.LEFTMOST_LONGEST,
                "new york city", "york"));
    }

    @Test
    void leftmostLongestSettlesPendingMatchesAcrossSkippedWords() {
        assertEquals(List.of("0-2:ab", "9-11:ab"), find("ab cdxyz ab", MatchMode.LEFTMOST_LONGEST, "ab", "ab cd"));
        assertEquals(List.of("0-5:ab cd", "6-8:ab"), find("ab cd ab", MatchMode.LEFTMOST_LONGEST, "ab", "ab cd"));
    }

    @Test
    void cancellationIsCheckedWhileSkippingALongWord() {
        Gazetteer<String> g = Gazetteer.<String>builder().wholeWords(true).add("b", "b").build();
        String oneWord = "a".repeat(300_000);
        int[] calls = new int[1];
        Cancellation secondCall = () -> ++calls[0] > 1;
        assertThrows(RecognitionCancelledException.class,
                () -> g.scan(oneWord, MatchMode.ALL, secondCall, (s, e, p) -> { }));
    }
}
