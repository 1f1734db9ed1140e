package aurum.labels.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import aurum.labels.recognizer.Suggestion;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 19's weapon kinds: named systems and acronyms, directed energy, unmanned systems, qualified heads. */
class BroaderWeaponsTest {

    private final WeaponRecognizer recognizer = new WeaponRecognizer();

    private List<String> spans(String text) {
        List<Suggestion> found = SuggestionChecks.recognizeChecked(recognizer, text);
        return found.stream().map(s -> s.coveredText(text) + "/" + s.labelId().replace("WEAPON.", "")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a Standard Missile 3 (SM-3) Block 1B interceptor missile was launched | Standard Missile 3 (SM-3) Block 1B interceptor missile/BALLISTIC_MISSILE
            a salvo of Standard Missile-6 Dual II (BMD-initialized) missiles. | Standard Missile-6 Dual II (BMD-initialized) missiles/BALLISTIC_MISSILE
            a Ground-Based Interceptor was launched | Ground-Based Interceptor/BALLISTIC_MISSILE
            a flight test of the Ground-based Midcourse Defense System. | Ground-based Midcourse Defense System/BALLISTIC_MISSILE
            since Aegis Ballistic Missile Defense flight testing began | Aegis Ballistic Missile Defense/BALLISTIC_MISSILE
            the Army's Long-Range Hypersonic Weapon battery | Long-Range Hypersonic Weapon/HYPERSONIC
            two Virginia-class attack submarines will be sold | Virginia-class attack submarines/SUBMARINE
            Russia's DA-ASAT will pose a threat | DA-ASAT/SPACE
            tested a direct-ascent anti-satellite (DA-ASAT) missile on Monday | direct-ascent anti-satellite (DA-ASAT) missile/SPACE
            a high-energy laser weapon system shot down a drone | high-energy laser weapon system/DIRECTED_ENERGY
            fielding directed energy weapons soon | directed energy weapons/DIRECTED_ENERGY
            thousands of attritable autonomous systems | autonomous systems/AUTONOMOUS
            unmanned aircraft systems flew over the base | unmanned aircraft systems/AUTONOMOUS
            nine counter-drone systems arrived | counter-drone systems/AUTONOMOUS
            a medium range ballistic missile target | medium range ballistic missile/BALLISTIC_MISSILE
            hypersonic glide vehicles and | hypersonic glide vehicles/HYPERSONIC
            advanced cruise missiles that can be launched | cruise missiles/STRIKE
            the DPRK intercontinental ballistic missile program | intercontinental ballistic missile/BALLISTIC_MISSILE
            using ballistic missile technology, which | ballistic missile technology/BALLISTIC_MISSILE
            for potential use with a nuclear warhead. | nuclear warhead/NUCLEAR
            ICBMs and SLBMs | ICBMs/BALLISTIC_MISSILE
            """)
    void findsNamedSystemsAcronymsAndQualifiedHeads(String sentence, String expected) {
        assertEquals(expected, spans(sentence).get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            more ammunition for High Mobility Artillery Rocket Systems (HIMARS)
            Two National Advanced Surface-to-Air Missile Systems (NASAMS)
            a layered missile defense system to defend
            capable of supersonic and hypersonic speeds
            the strategic threat posed by hypersonic flight
            A target missile carrying a mock warhead
            the DPRK's unlawful weapons of mass destruction
            U.S. Response to Russian Anti-Satellite Test
            a new laser printer
            """)
    void systemsOutsideTheTopicsAndTopicWordsWithoutAHeadAreNotWeapons(String sentence) {
        assertEquals(List.of(), spans(sentence));
    }
}
