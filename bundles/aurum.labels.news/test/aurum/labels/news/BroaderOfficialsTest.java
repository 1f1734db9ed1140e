package aurum.labels.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import aurum.labels.recognizer.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 19's official kinds: family name first, titles with complements, ranks, apposition, organisations. */
class BroaderOfficialsTest {

    private final OfficialRecognizer recognizer = new OfficialRecognizer();

    private List<String> names(String text) {
        return SuggestionChecks.recognizeChecked(recognizer, text).stream().map(s -> s.coveredText(text)).toList();
    }

    @Test
    void familyNameFirstIsMentionedLaterByTheFirstPart() {
        String text = "Minister of National Defense Suh Wook spoke today. Minister Suh congratulated him; Wook is no mention.";
        assertEquals(List.of("Suh Wook", "Suh"), names(text));
        String china = "the PRC's Minister of National Defense General Wei Fenghe. Secretary Austin and General Wei met.";
        assertEquals(List.of("Wei Fenghe", "Austin", "Wei"), names(china));
    }

    @Test
    void aWesternNameStartingWithAnAsianFamilyNameStaysWestern() {
        String text = "Assistant Secretary Lee Satterfield travels. Satterfield will meet students.";
        assertEquals(List.of("Lee Satterfield", "Satterfield"), names(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            called U.K. Secretary of State for Defence Ben Wallace today | Ben Wallace
            former Under Secretary of Defense for Research and Engineering Michael Griffin has testified | Michael Griffin
            Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder provided the following readout | Pat Ryder
            Chairman of the Joint Chiefs of Staff Air Force Gen. CQ Brown, Jr., met virtually | CQ Brown, Jr.
            with Saudi Foreign Minister Prince Faisal bin Farhan Al Saud. | Faisal bin Farhan Al Saud
            NASA Administrator Bill Nelson said | Bill Nelson
            queries to Mark Wright, MDA director of public affairs, at 571 | Mark Wright
            Antony J. Blinken, Secretary of State | Antony J. Blinken
            """)
    void titlesWithComplementsRanksCourtesyTitlesAndApposition(String sentence, String name) {
        assertEquals(List.of(name), names(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cheryl Irwin, Office of the Secretary of Defense Public Affairs, at (703) 697-5331
            requires the Director of the Missile Defense Agency to produce a report
            the Director of the Office of the Special Envoy for Sudan and South Sudan and as
            historical collection on defense.gov. Some of the information
            President Authorizes Another $450 Million Drawdown
            """)
    void titleWordsInOrganisationsAndAddressesAreNotOfficials(String sentence) {
        assertEquals(List.of(), names(sentence));
    }

    @Test
    void aNameInsideAnEmailAddressIsNoMention() {
        String text = "Please contact Mark Wright, MDA director of public affairs, at Mark.Wright@mda.mil today.";
        assertEquals(List.of("Mark Wright"), names(text));
    }
}
