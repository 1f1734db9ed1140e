package aurum.labels.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import aurum.labels.recognizer.Suggestion;

class SuggestionRankingTest {

    private static Suggestion s(String label, int start, int end, double confidence, String recognizer) {
        return new Suggestion(label, start, end, confidence, Map.of()).withRecognizerId(recognizer);
    }

    private static List<String> keys(List<Suggestion> suggestions) {
        return suggestions.stream()
                .map(s -> s.labelId() + "[" + s.start() + "," + s.end() + ")" + s.recognizerId().orElseThrow()).toList();
    }

    @Test
    void theSameSpanFromTwoRecognizersIsKeptOnceWithTheHigherConfidence() {
        List<Suggestion> merged = SuggestionRanking.mostConfidentFirst(
                List.of(s("WEAPON", 0, 10, 0.85, "rules"), s("WEAPON", 0, 10, 0.93, "learned")));
        assertEquals(List.of("WEAPON[0,10)learned"), keys(merged));
    }

    @Test
    void overlappingReadingsLeaveTheMostConfidentOneWhateverTheLabel() {
        List<Suggestion> merged = SuggestionRanking.mostConfidentFirst(List.of(s("WEAPON", 4, 30, 0.85, "weapons"),
                s("AMOUNT", 0, 30, 0.8, "amounts"), s("OFFICIAL", 40, 45, 0.6, "learned"),
                s("WEAPON", 28, 42, 0.7, "learned")));
        assertEquals(List.of("WEAPON[4,30)weapons", "OFFICIAL[40,45)learned"), keys(merged),
                "most confident first; a reading overlapping a kept one is dropped");
    }

    @Test
    void tiesGoToTheLongerSpanThenToTheRecognizerRunFirst() {
        assertEquals(List.of("WEAPON[0,20)b"), keys(SuggestionRanking.mostConfidentFirst(
                List.of(s("WEAPON", 0, 10, 0.8, "a"), s("WEAPON", 0, 20, 0.8, "b")))));
        assertEquals(List.of("ORG[0,10)a"), keys(SuggestionRanking.mostConfidentFirst(
                List.of(s("ORG", 0, 10, 0.8, "a"), s("GPE", 0, 10, 0.8, "b")))));
    }

    @Test
    void adjacentSpansDoNotOverlap() {
        assertEquals(3, SuggestionRanking.mostConfidentFirst(List.of(s("A", 0, 5, 0.5, "x"), s("A", 5, 9, 0.9, "x"),
                s("A", 9, 12, 0.7, "x"))).size());
    }
}
