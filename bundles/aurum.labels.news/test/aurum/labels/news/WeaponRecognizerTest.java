package aurum.labels.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionCancelledException;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Suggestion;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeaponRecognizerTest {

    private final WeaponRecognizer recognizer = new WeaponRecognizer();

    private List<Suggestion> run(String text) {
        return SuggestionChecks.recognizeChecked(recognizer, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            threats originated from hypersonic weapons. | hypersonic weapons | HYPERSONIC
            counter emerging threats such as hypersonics and | hypersonics | HYPERSONIC
            from countering hypersonic threats to | hypersonic threats | HYPERSONIC
            The North’s “hypersonic missile” launch | hypersonic missile | HYPERSONIC
            which launched a ballistic missile into the sea | ballistic missile | BALLISTIC_MISSILE
            North Korea Fires Suspected Ballistic Missile | Ballistic Missile | BALLISTIC_MISSILE
            help Canberra acquire nuclear-powered submarines. | nuclear-powered submarines | SUBMARINE
            advancements in high-power microwaves, | high-power microwaves | DIRECTED_ENERGY
            and counter-hypersonic capabilities. | counter-hypersonic capabilities | HYPERSONIC
            to advancing space based capabilities. | space based capabilities | SPACE
            such as hypersonics and space-based capabilities | hypersonics | HYPERSONIC
            possession of the so-called enemy-strike capabilities | enemy-strike capabilities | STRIKE
            and acquire counterstrike capabilities. | counterstrike capabilities | STRIKE
            conventional and nuclear capabilities. | nuclear capabilities | NUCLEAR
            """)
    void findsTopicPhrasesWithTheChildLabelOfTheirTopic(String sentence, String span, String topic) {
        List<Suggestion> found = run(sentence);
        assertEquals(span, found.get(0).coveredText(sentence));
        assertEquals(NewsLabels.WEAPON + "." + topic, found.get(0).labelId());
        assertEquals(Map.of(), found.get(0).attributes(), "the sub-topic is the label, not an attribute");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the aggressive nuclear ambitions of North Korea
            North Korea’s missile provocations
            a wide spectrum of military capabilities
            hypersonically fast
            """)
    void genericOrPartialWordsAreNotWeapons(String sentence) {
        assertEquals(List.of(), run(sentence));
    }

    @Test
    void keepsOffsetsRightAfterCrlfCurlyQuotesCombiningMarksAndEmoji() {
        String text = "\u201Cre\u0301sume\u0301\u201D \uD83D\uDE80\r\nnuclear-powered\u00A0submarines and ICBMs\r\n";
        List<Suggestion> found = run(text);
        assertEquals(List.of("nuclear-powered\u00A0submarines", "ICBMs"),
                found.stream().map(s -> s.coveredText(text)).toList());
        assertTrue(found.get(0).start() == text.indexOf("nuclear"));
    }

    @Test
    void topicsCoverTheLabelSetChildren() {
        assertEquals(List.of("AUTONOMOUS", "BALLISTIC_MISSILE", "DIRECTED_ENERGY", "HYPERSONIC", "NUCLEAR", "SPACE",
                "STRIKE", "SUBMARINE"), WeaponRecognizer.topics());
        assertEquals(Set.of("WEAPON.AUTONOMOUS", "WEAPON.BALLISTIC_MISSILE", "WEAPON.DIRECTED_ENERGY",
                "WEAPON.HYPERSONIC", "WEAPON.NUCLEAR", "WEAPON.SPACE", "WEAPON.STRIKE", "WEAPON.SUBMARINE"),
                recognizer.labelIds());
    }

    @Test
    void stopsWhenCancelled() {
        assertThrows(RecognitionCancelledException.class,
                () -> recognizer.recognize(new RecognitionInput("t", "ballistic missile"), () -> true));
    }
}
