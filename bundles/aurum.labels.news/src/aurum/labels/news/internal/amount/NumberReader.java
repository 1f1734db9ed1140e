package aurum.labels.news.internal.amount;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the numeric value of an amount, written in digits ({@code 1,784}, {@code 9.3}) or in English
 * words ({@code two}, {@code one hundred and fifty}), and applies scale words and suffixes
 * ({@code billion}, {@code m}, {@code bn}), giving an exact {@link BigDecimal}.
 */
public final class NumberReader {

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(Map.entry("thousand", BigDecimal.TEN.pow(3)),
            Map.entry("k", BigDecimal.TEN.pow(3)), Map.entry("million", BigDecimal.TEN.pow(6)),
            Map.entry("m", BigDecimal.TEN.pow(6)), Map.entry("mn", BigDecimal.TEN.pow(6)),
            Map.entry("billion", BigDecimal.TEN.pow(9)), Map.entry("bn", BigDecimal.TEN.pow(9)),
            Map.entry("b", BigDecimal.TEN.pow(9)), Map.entry("trillion", BigDecimal.TEN.pow(12)),
            Map.entry("tn", BigDecimal.TEN.pow(12)), Map.entry("trn", BigDecimal.TEN.pow(12)),
            Map.entry("bln", BigDecimal.TEN.pow(9)), Map.entry("mln", BigDecimal.TEN.pow(6)));

    /** Alternation of the number words, for the recognizer's patterns. */
    static final String WORD_PATTERN = String.join("|", SMALL.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + "|hundred";

    private NumberReader() {
    }

    /** The value of a number in digits or words, times the scale if one is given. */
    public static BigDecimal value(String number, String scale) {
        BigDecimal base = Character.isDigit(number.charAt(0)) ? new BigDecimal(number.replace(",", ""))
                : words(number);
        if (scale != null) {
            base = base.multiply(SCALES.get(scale.toLowerCase(Locale.ROOT)));
        }
        return normalize(base);
    }

    private static BigDecimal words(String number) {
        long current = 0;
        for (String word : number.toLowerCase(Locale.ROOT).split("[\\s\\u00A0\\-]+")) {
            if (word.equals("and") || word.isEmpty()) {
                continue;
            }
            if (word.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else {
                Integer small = SMALL.get(word);
                if (small == null) {
                    throw new IllegalArgumentException("not a number word: " + word);
                }
                current += small;
            }
        }
        return BigDecimal.valueOf(current);
    }

    /** Drops a fractional part of zeros so that 9.3 billion reads 9300000000, not 9.3E+9. */
    static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
