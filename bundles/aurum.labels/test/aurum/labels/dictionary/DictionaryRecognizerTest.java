package aurum.labels.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionCancelledException;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.SpanRules;
import aurum.labels.recognizer.Suggestion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DictionaryRecognizerTest {

    private static final String DOC = "Blinken met Hayashi. Later Blinken said the Secretary of State would return.";

    private static AcceptedSpan accepted(String doc, String text, String within, String label) {
        int start = within.indexOf(text);
        return new AcceptedSpan(doc, start, start + text.length(), text, label);
    }

    private static List<String> texts(List<Suggestion> suggestions, String text) {
        return suggestions.stream().map(s -> s.coveredText(text) + "/" + s.labelId()).toList();
    }

    @Test
    void proposesOtherOccurrencesButNotTheAcceptedSpanItself() {
        DictionaryRecognizer recognizer = DictionaryRecognizer.of(List.of(accepted("d1", "Blinken", DOC, "OFFICIAL")), false);
        List<Suggestion> found = recognizer.recognize(new RecognitionInput("d1", DOC), Cancellation.NONE);
        assertEquals(List.of("Blinken/OFFICIAL"), texts(found, DOC));
        assertEquals(DOC.lastIndexOf("Blinken"), found.get(0).start());
        assertEquals(1.0, found.get(0).confidence());
        assertEquals(Map.of(), found.get(0).attributes(), "bookkeeping is not an annotation attribute");
        assertEquals(DictionaryRecognizer.ID, found.get(0).recognizerId().orElseThrow());
    }

    @Test
    void findsAcceptedStringsInOtherDocumentsAcrossNoBreakSpacesAndWholeWordsOnly() {
        DictionaryRecognizer recognizer = DictionaryRecognizer.of(
                List.of(accepted("d1", "Secretary of State", DOC, "TITLE"), accepted("d1", "Hayashi", DOC, "OFFICIAL")), false);
        String other = "The Secretary\u00A0of State and Hayashi-san, not Hayashis.";
        List<Suggestion> found = recognizer.recognize(new RecognitionInput("d2", other), Cancellation.NONE);
        assertEquals(List.of("Secretary\u00A0of State/TITLE", "Hayashi/OFFICIAL"), texts(found, other));
        found.forEach(s -> assertTrue(SpanRules.isWellFormed(other, s.start(), s.end())));
    }

    @Test
    void conflictingStringsGetTheMajorityLabelWithItsShareAsConfidence() {
        String d = "Austin Austin Austin";
        List<AcceptedSpan> accepted = List.of(new AcceptedSpan("a", 0, 6, "Austin", "OFFICIAL"),
                new AcceptedSpan("b", 0, 6, "Austin", "OFFICIAL"), new AcceptedSpan("c", 0, 6, "Austin", "GPE"));
        List<Suggestion> found = DictionaryRecognizer.of(accepted, false)
                .recognize(new RecognitionInput("x", d), Cancellation.NONE);
        assertEquals(3, found.size());
        assertEquals("OFFICIAL", found.get(0).labelId());
        assertEquals(2.0 / 3.0, found.get(0).confidence(), 1e-9);
        assertEquals(Map.of(), found.get(0).attributes(), "the conflict shows in the confidence, not an attribute");
    }

    @Test
    void caseInsensitiveDictionaryFindsUpperCaseHeadlines() {
        DictionaryRecognizer recognizer = DictionaryRecognizer.of(List.of(accepted("d1", "Blinken", DOC, "OFFICIAL")), true);
        String headline = "BLINKEN VISITS TOKYO";
        assertEquals(List.of("BLINKEN/OFFICIAL"),
                texts(recognizer.recognize(new RecognitionInput("h", headline), Cancellation.NONE), headline));
        DictionaryRecognizer strict = DictionaryRecognizer.of(List.of(accepted("d1", "Blinken", DOC, "OFFICIAL")), false);
        assertEquals(List.of(), strict.recognize(new RecognitionInput("h", headline), Cancellation.NONE));
    }

    @Test
    void labelIdsAreTheLabelsItCanPropose() {
        DictionaryRecognizer recognizer = DictionaryRecognizer.of(List.of(accepted("d1", "Blinken", DOC, "OFFICIAL"),
                accepted("d1", "Hayashi", DOC, "OFFICIAL")), false);
        assertEquals(java.util.Set.of("OFFICIAL"), recognizer.labelIds());
    }

    @Test
    void stopsWhenCancelled() {
        DictionaryRecognizer recognizer = DictionaryRecognizer.of(List.of(accepted("d1", "Blinken", DOC, "OFFICIAL")), false);
        assertThrows(RecognitionCancelledException.class,
                () -> recognizer.recognize(new RecognitionInput("d1", DOC), () -> true));
    }
}
