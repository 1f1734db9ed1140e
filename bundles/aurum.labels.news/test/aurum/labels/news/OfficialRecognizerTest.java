package aurum.labels.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionCancelledException;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficialRecognizerTest {

    private final OfficialRecognizer recognizer = new OfficialRecognizer();

    private List<Suggestion> run(String text) {
        return SuggestionChecks.recognizeChecked(recognizer, text);
    }

    private static List<String> texts(List<Suggestion> found, String text) {
        return found.stream().map(s -> s.coveredText(text)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Secretary of State Antony Blinken says | Antony Blinken | Secretary of State
            Defense Secretary Lloyd Austin, who actively participated | Lloyd Austin | Defense Secretary
            The signing came before Japanese Prime Minister Fumio Kishida arrived. | Fumio Kishida | Japanese Prime Minister
            Foreign Ministry spokesman Wang Wenbin told a daily briefing | Wang Wenbin | Foreign Ministry spokesman
            as cited by the Secretary of State, Antony Blinken. | Antony Blinken | Secretary of State
            U.S. Defense Secretary Lloyd J. Austin III and others | Lloyd J. Austin III | U.S. Defense Secretary
            Pentagon Chief Lloyd Austin further underlined | Lloyd Austin | Pentagon Chief
            China Slams Gen. Soleimani’s Assassination | Soleimani | Gen.
            """)
    void spanIsTheNameAndTheTitleGoesIntoAnAttribute(String sentence, String name, String title) {
        List<Suggestion> found = run(sentence);
        assertEquals(List.of(name), texts(found, sentence));
        assertEquals(title, found.get(0).attributes().get(OfficialRecognizer.TITLE));
        assertEquals(name, found.get(0).attributes().get(OfficialRecognizer.FULL_NAME));
        assertEquals(true, found.get(0).attributes().get(OfficialRecognizer.TITLED));
        assertEquals(NewsLabels.OFFICIAL, found.get(0).labelId());
    }

    @Test
    void findsLaterBareMentionsAndPossessivesOfTheSamePerson() {
        String text = "Secretary of State Antony Blinken met Defense Secretary Lloyd Austin. Blinken’s plan, "
                + "Blinken's aides and Austin agreed; Lloyd Austin left. Austintown and BLINKEN are not mentions.";
        List<Suggestion> found = run(text);
        assertEquals(List.of("Antony Blinken", "Lloyd Austin", "Blinken", "Blinken", "Austin", "Lloyd Austin"),
                texts(found, text));
        Suggestion bare = found.get(2);
        assertEquals("Secretary of State", bare.attributes().get(OfficialRecognizer.TITLE));
        assertEquals("Antony Blinken", bare.attributes().get(OfficialRecognizer.FULL_NAME));
        assertEquals(false, bare.attributes().get(OfficialRecognizer.TITLED));
    }

    @Test
    void surnameOfANameWithInitialAndSuffixIsFoundAlone() {
        String text = "U.S. Defense Secretary Lloyd J. Austin III visited. Austin said so.";
        assertEquals(List.of("Lloyd J. Austin III", "Austin"), texts(run(text), text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The State Department’s Ned Price urged the North to stop testing.
            said the President, Japan will decide
            The President Says No
            Blinken said on Thursday.
            Trump raged about the cost
            """)
    void untitledNamesAndTitlesWithoutNamesAreNotOfficials(String sentence) {
        assertEquals(List.of(), run(sentence));
    }

    @Test
    void keepsOffsetsRightAfterCrlfCurlyQuotesCombiningMarksAndEmoji() {
        String text = "\u201CCafe\u0301\u201D \uD83D\uDE80\uD83D\uDE00\r\nDefense\u00A0Secretary Lloyd\u00A0Austin said.\r\n"
                + "Austin\u2019s view.";
        List<Suggestion> found = run(text);
        assertEquals(List.of("Lloyd\u00A0Austin", "Austin"), texts(found, text));
        assertEquals(text.indexOf("Lloyd"), found.get(0).start());
        assertEquals("Defense Secretary", found.get(0).attributes().get(OfficialRecognizer.TITLE));
    }

    @Test
    void stopsWhenCancelled() {
        assertThrows(RecognitionCancelledException.class,
                () -> recognizer.recognize(new RecognitionInput("t", "President Joe Biden"), () -> true));
    }
}
