package aurum.labels.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionCancelledException;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Suggestion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountRecognizerTest {

    private final AmountRecognizer recognizer = new AmountRecognizer();

    private List<Suggestion> run(String text) {
        return SuggestionChecks.recognizeChecked(recognizer, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan agreed to pay $9.3 billion to upkeep the presence | $9.3 billion | 9300000000 | currency | USD |
            requires Japan to spend around $1.82 billion a year to sustain | $1.82 billion a year | 1820000000 | currency | USD | year
            The US has some 55,000 personnel in Japan | 55,000 personnel | 55000 | unit | personnel |
            there are currently 1,784 COVID-19 cases in Japan | 1,784 COVID-19 cases | 1784 | unit | cases |
            a budget of ¥1 trillion for bases | ¥1 trillion | 1000000000000 | currency | JPY |
            it could cost two billion dollars over time | two billion dollars | 2000000000 | currency | USD |
            a contract worth €300m was signed | €300m | 300000000 | currency | EUR |
            Canberra will spend A$ 2.5bn annually on it | A$ 2.5bn annually | 2500000000 | currency | AUD | year
            some one hundred and fifty thousand troops | one hundred and fifty thousand troops | 150000 | unit | troops |
            a fee of USD 5 million per year | USD 5 million per year | 5000000 | currency | USD | year
            priced at 40 Australian dollars each | 40 Australian dollars | 40 | currency | AUD |
            """)
    void findsTheIssueExamplesWithValueAndCurrencyOrUnit(String sentence, String span, String value, String kind,
            String kindValue, String per) {
        List<Suggestion> found = run(sentence);
        assertEquals(1, found.size(), () -> found.toString());
        Suggestion s = found.get(0);
        assertEquals(span, s.coveredText(sentence));
        assertEquals(NewsLabels.AMOUNT, s.labelId());
        assertEquals(new BigDecimal(value), s.attributes().get("value"));
        assertEquals(kindValue, s.attributes().get(kind));
        assertEquals(per, s.attributes().get("per"));
        assertEquals(AmountRecognizer.ID, s.recognizerId().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the two nations will also focus on it
            with a 10th straight annual increase in 2022
            Iwakuni has 529.
            a revised four-year agreement through 2026
            Story Code : 972503
            some 40% of the budget
            """)
    void ignoresNumbersThatAreNotAmounts(String sentence) {
        assertEquals(List.of(), run(sentence));
    }

    @Test
    void keepsOffsetsRightAfterCrlfCurlyQuotesCombiningMarksAndEmoji() {
        String text = "Caf\u00E9 \u201Cnews\u201D\r\nthe cafe\u0301 \uD83D\uDE80\uD83C\uDDEF\uD83C\uDDF5 has 55,000\u00A0personnel\r\n"
                + "and $9.3\u00A0billion a\u00A0year.";
        List<Suggestion> found = run(text);
        assertEquals(List.of("55,000\u00A0personnel", "$9.3\u00A0billion a\u00A0year"),
                found.stream().map(s -> s.coveredText(text)).toList());
        assertEquals(text.indexOf("55,000"), found.get(0).start());
        assertEquals(Map.of("value", new BigDecimal("55000"), "unit", "personnel"), found.get(0).attributes());
    }

    @Test
    void stopsWhenCancelled() {
        assertThrows(RecognitionCancelledException.class,
                () -> recognizer.recognize(new RecognitionInput("t", "$9.3 billion"), () -> true));
    }
}
