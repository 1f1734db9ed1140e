package aurum.labels.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.labels.recognizer.RecognitionCancelledException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static Gazetteer<String> of(GazetteerBuilder<String> builder, String... keys) {
        for (String key : keys) {
            builder.add(key, key);
        }
        return builder.build();
    }

    private static List<String> spans(Gazetteer<String> g, String text, MatchMode mode) {
        return g.find(text, mode).stream().map(m -> m.start() + "-" + m.end() + ":" + m.payload()).toList();
    }

    @Test
    void allModeReportsOverlappingAndNestedMatchesInEndOrder() {
        Gazetteer<String> g = of(Gazetteer.builder(), "he", "she", "his", "hers");
        assertEquals(List.of("1-4:she", "2-4:he", "2-6:hers"), spans(g, "ushers", MatchMode.ALL));
    }

    @Test
    void leftmostLongestPrefersEarliestStartThenLongestMatch() {
        Gazetteer<String> g = of(Gazetteer.builder(), "ballistic", "ballistic missile", "missile", "missiles", "a b");
        assertEquals(List.of("2-19:ballistic missile"), spans(g, "x ballistic missiles", MatchMode.LEFTMOST_LONGEST));
        // "a b" starts further left than "ballistic missile", so it wins even though it is shorter
        assertEquals(List.of("0-3:a b", "12-20:missiles"), spans(g, "a ballistic missiles", MatchMode.LEFTMOST_LONGEST));
    }

    @Test
    void leftmostLongestKeepsShorterMatchesWhenALongerPrefixFailsToComplete() {
        Gazetteer<String> g = of(Gazetteer.builder(), "abcdx", "ab", "cd", "bcd");
        assertEquals(List.of("0-2:ab", "2-4:cd"), spans(g, "abcdy", MatchMode.LEFTMOST_LONGEST));
        assertEquals(List.of("0-5:abcdx"), spans(g, "abcdx", MatchMode.LEFTMOST_LONGEST));
    }

    @Test
    void caseInsensitiveMatchingIgnoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            Gazetteer<String> g = of(Gazetteer.<String>builder().caseInsensitive(true), "title", "STRASSE");
            assertEquals(List.of("4-9:title", "10-17:STRASSE"),
                    spans(g, "THE TITLE strasse", MatchMode.LEFTMOST_LONGEST));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void caseSensitiveByDefault() {
        Gazetteer<String> g = of(Gazetteer.builder(), "Austin");
        assertEquals(List.of(), spans(g, "AUSTIN austin", MatchMode.ALL));
    }

    @Test
    void wholeWordsRejectsMatchesInsideWordsButAcceptsPunctuationNeighbours() {
        Gazetteer<String> g = of(Gazetteer.<String>builder().wholeWords(true), "Austin", "U.S.");
        String text = "Austin Austintown (Austin’s) xAustin Austin, U.S.-Japan";
        int paren = text.indexOf("(Austin") + 1;
        int comma = text.indexOf("Austin,");
        int us = text.indexOf("U.S.");
        assertEquals(List.of("0-6:Austin", paren + "-" + (paren + 6) + ":Austin", comma + "-" + (comma + 6) + ":Austin",
                us + "-" + (us + 4) + ":U.S."), spans(g, text, MatchMode.ALL));
    }

    @Test
    void wholeWordsTreatsCombiningMarksAsPartOfTheWord() {
        Gazetteer<String> g = of(Gazetteer.<String>builder().wholeWords(true), "cafe");
        assertEquals(List.of(), spans(g, "un cafe\u0301 noir", MatchMode.ALL));
        assertEquals(List.of("3-7:cafe"), spans(g, "un cafe noir", MatchMode.ALL));
    }

    @Test
    void offsetsStayInUtf16UnitsAfterSupplementaryCharacters() {
        Gazetteer<String> g = of(Gazetteer.<String>builder().wholeWords(true), "missile", "\uD83D\uDE80 launch");
        String text = "\uD83D\uDE00\uD83D\uDE80 launch of a missile";
        assertEquals(List.of("2-11:\uD83D\uDE80 launch", "17-24:missile"), spans(g, text, MatchMode.LEFTMOST_LONGEST));
    }

    @Test
    void caseFoldingCoversSupplementaryLetters() {
        Gazetteer<String> g = of(Gazetteer.<String>builder().caseInsensitive(true), "\uD801\uDC00");
        assertEquals(List.of("1-3:\uD801\uDC00"), spans(g, "x\uD801\uDC28", MatchMode.ALL));
    }

    @Test
    void foldWhitespaceLetsNoBreakSpacesAndNewlinesMatchSpaces() {
        Gazetteer<String> g = of(Gazetteer.<String>builder().foldWhitespace(true), "55,000 personnel");
        assertEquals(List.of("0-16:55,000 personnel", "17-33:55,000 personnel"),
                spans(g, "55,000\u00A0personnel 55,000\npersonnel", MatchMode.ALL));
        Gazetteer<String> strict = of(Gazetteer.builder(), "55,000 personnel");
        assertEquals(List.of(), spans(strict, "55,000\u00A0personnel", MatchMode.ALL));
    }

    @Test
    void entriesSharingAKeyAreAllReportedAndExactDuplicatesOnce() {
        Gazetteer<String> g = Gazetteer.<String>builder().caseInsensitive(true)
                .add("Austin", "OFFICIAL").add("Austin", "GPE").add("austin", "OFFICIAL").build();
        assertEquals(2, g.size());
        assertEquals(List.of("3-9:OFFICIAL", "3-9:GPE"), spans(g, "in Austin", MatchMode.LEFTMOST_LONGEST));
    }

    @Test
    void rejectsEmptyKeysAndUnpairedSurrogates() {
        GazetteerBuilder<String> b = Gazetteer.builder();
        assertThrows(IllegalArgumentException.class, () -> b.add("", "x"));
        assertThrows(IllegalArgumentException.class, () -> b.add("a\uD83D", "x"));
        assertThrows(IllegalArgumentException.class, () -> b.add("\uDE00a", "x"));
    }

    @Test
    void emptyDictionaryFindsNothing() {
        Gazetteer<String> g = Gazetteer.<String>builder().build();
        assertEquals(List.of(), spans(g, "anything", MatchMode.LEFTMOST_LONGEST));
    }

    @Test
    void cancellationStopsTheScan() {
        Gazetteer<String> g = of(Gazetteer.builder(), "a");
        assertThrows(RecognitionCancelledException.class,
                () -> g.scan("aaa", MatchMode.ALL, () -> true, (s, e, p) -> { }));
    }
}
