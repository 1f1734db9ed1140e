package aurum.labels.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import aurum.labels.recognizer.Suggestion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 19's amount kinds: hyphens, spaced codes and abbreviations, more currencies, designations in counts. */
class BroaderAmountsTest {

    private final AmountRecognizer recognizer = new AmountRecognizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a $450-million package for Kyiv | $450-million | 450000000 | USD
            Pentagon Says Signed $3Bln Contract | $3Bln | 3000000000 | USD
            Sale of Javelin Missiles Worth $80Mln | $80Mln | 80000000 | USD
            up to $4.5B over four years | $4.5B | 4500000000 | USD
            the base budget of $526.6 B was cut | $526.6 B | 526600000000 | USD
            contracts totaling $ 60 million | $ 60 million | 60000000 | USD
            estimated at US$ 293 million | US$ 293 million | 293000000 | USD
            a fee of USD 5 mn is due | USD 5 mn | 5000000 | USD
            worth 5 million USD in all | 5 million USD | 5000000 | USD
            it paid CHF 40 million | CHF 40 million | 40000000 | CHF
            about 300 million Swiss francs | 300 million Swiss francs | 300000000 | CHF
            up to $1 billion to develop one | $1 billion | 1000000000 | USD
            """)
    void moneyWrittenWithHyphensAbbreviationsCodesAndSpaces(String sentence, String span, String value, String currency) {
        List<Suggestion> found = SuggestionChecks.recognizeChecked(recognizer, sentence);
        assertEquals(1, found.size(), found::toString);
        assertEquals(span, found.get(0).coveredText(sentence));
        assertEquals(new BigDecimal(value), found.get(0).attributes().get("value"));
        assertEquals(currency, found.get(0).attributes().get("currency"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a salvo of two Standard Missile-6 Dual II (BMD-initialized) missiles. | two Standard Missile-6 Dual II (BMD-initialized) missiles | missiles
            including at least two intercontinental ballistic missiles, this | two intercontinental ballistic missiles | missiles
            augment the five transport helicopters sent | five transport helicopters | helicopters
            Up to 150,000 rounds of 155mm artillery ammunition | 150,000 rounds | rounds
            Four additional counter-artillery radars. | Four additional counter-artillery radars | radars
            """)
    void countedQuantitiesWithDesignationsAndModifiers(String sentence, String span, String unit) {
        List<Suggestion> found = SuggestionChecks.recognizeChecked(recognizer, sentence);
        assertEquals(1, found.size(), found::toString);
        assertEquals(span, found.get(0).coveredText(sentence));
        assertEquals(unit, found.get(0).attributes().get("unit"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            loaded on to a C-17 Globemaster III aircraft at the base
            two National Advanced Surface-to-Air Missile Systems (NASAMS)
            three of the ships
            """)
    void designationsAndNounsOutsideTheListAreNotCounts(String sentence) {
        assertEquals(List.of(), SuggestionChecks.recognizeChecked(recognizer, sentence));
    }

    @org.junit.jupiter.api.Test
    void aCurrencyTheAttributeCannotNameIsStillAnAmount() {
        String text = "a loan of 2 billion rubles";
        List<Suggestion> found = SuggestionChecks.recognizeChecked(recognizer, text);
        assertEquals("2 billion rubles", found.get(0).coveredText(text));
        assertEquals(null, found.get(0).attributes().get("currency"));
    }
}
