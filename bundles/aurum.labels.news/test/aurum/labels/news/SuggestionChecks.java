package aurum.labels.news;

import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.SpanRules;
import aurum.labels.recognizer.Suggestion;
import java.util.List;

/** Assertions every recognizer's output must pass, whatever it found. */
final class SuggestionChecks {

    private SuggestionChecks() {
    }

    /** Runs a recognizer on one text and checks its output is well formed before handing it back. */
    static List<Suggestion> recognizeChecked(Recognizer recognizer, String text) {
        List<Suggestion> found = recognizer.recognize(new RecognitionInput("t", text), Cancellation.NONE);
        assertWellFormed(text, found);
        return found;
    }

    static void assertWellFormed(String text, List<Suggestion> suggestions) {
        int previousStart = -1;
        for (Suggestion s : suggestions) {
            assertTrue(SpanRules.isWellFormed(text, s.start(), s.end()), () -> "badly bounded: " + s);
            assertTrue(s.start() >= previousStart, "ordered by start");
            previousStart = s.start();
        }
    }
}
