package aurum.labels.news.internal.amount;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds money amounts and counted quantities with four patterns (symbol first, number then currency
 * word, currency code first, number then unit) and computes their attributes. Overlaps between the
 * patterns are left to the caller, which keeps the longest.
 */
public final class AmountFinder {

    private static final String SPACE = "(?:\\r\\n|[\\s\\u00A0\\u2007\\u202F])";
    private static final String H_SPACE = "[ \\t\\u00A0\\u2007\\u202F]";
    /** Not inside a word, nor a designation's number ("C-17", "F-35"). */
    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}\\p{M}])(?<![\\p{L}\\p{N}][-\\u2011])";
    private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}\\p{M}])";
    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String WORDS = "(?i:(?:" + NumberReader.WORD_PATTERN + ")(?:(?:-|" + H_SPACE + "(?:and"
            + H_SPACE + ")?)(?:" + NumberReader.WORD_PATTERN + "))*)";
    private static final String SCALE_WORD = "(?i:thousand|million|billion|trillion)";
    private static final String SCALE_SUFFIX = "(?:bn|mn|trn|tn|[Bb]ln|[Mm]ln|BN|MN|[kmbBM])";
    private static final String RATE = "(?:" + SPACE + "(?:a|an|per|each)" + SPACE
            + "(?<per>year|month|week|day|annum)|" + SPACE + "(?<adverb>annually|yearly|monthly|weekly|daily))";
    private static final String SCALED = "(?:(?<suffix>" + SCALE_SUFFIX + ")" + NOT_BEFORE_WORD + "|(?:" + SPACE
            + "|-)(?<scale>" + SCALE_WORD + ")|" + H_SPACE + "(?<spacedSuffix>[BM]|bn|mn|[Bb]ln|[Mm]ln)" + NOT_BEFORE_WORD
            + ")?";

    private static final Pattern SYMBOL_FIRST = Pattern.compile(NOT_AFTER_WORD + "(?<symbol>"
            + Currencies.SYMBOL_PATTERN + ")" + H_SPACE + "?(?<number>" + DIGITS + ")" + SCALED + "(?:" + RATE
            + ")?" + NOT_BEFORE_WORD);
    private static final Pattern CODE_FIRST = Pattern.compile(NOT_AFTER_WORD + "(?<code>" + Currencies.CODE_PATTERN
            + ")" + H_SPACE + "?(?<number>" + DIGITS + ")" + SCALED + "(?:" + RATE + ")?" + NOT_BEFORE_WORD);
    private static final Pattern CURRENCY_WORD = Pattern.compile(NOT_AFTER_WORD + "(?<number>" + DIGITS + "|"
            + WORDS + ")(?:" + SPACE + "(?<scale>" + SCALE_WORD + "))?" + SPACE + "(?<word>"
            + Currencies.WORD_PATTERN + ")" + NOT_BEFORE_WORD + "(?:" + RATE + ")?" + NOT_BEFORE_WORD);
    private static final Pattern COUNTED = Pattern.compile(NOT_AFTER_WORD + "(?<number>" + DIGITS + "|" + WORDS
            + ")(?:" + SPACE + "(?<scale>" + SCALE_WORD + "))?(?:" + H_SPACE + "(?:" + Units.MODIFIER_PATTERN
            + ")){0,5}" + SPACE + "(?<unit>" + Units.UNIT_PATTERN + ")" + NOT_BEFORE_WORD);

    private AmountFinder() {
    }

    /** Candidate AMOUNT suggestions in {@code text}, possibly overlapping. */
    public static List<Suggestion> find(String text, String label, Cancellation cancel) {
        List<Suggestion> found = new ArrayList<>();
        for (Matcher m = SYMBOL_FIRST.matcher(text); m.find(); ) {
            cancel.throwIfCancelled();
            found.add(money(m, label, Currencies.ofSymbol(m.group("symbol")), suffix(m), 0.95));
        }
        for (Matcher m = CODE_FIRST.matcher(text); m.find(); ) {
            cancel.throwIfCancelled();
            found.add(money(m, label, Currencies.ofWord(m.group("code")), suffix(m), 0.9));
        }
        for (Matcher m = CURRENCY_WORD.matcher(text); m.find(); ) {
            cancel.throwIfCancelled();
            found.add(money(m, label, Currencies.ofWord(m.group("word")), null, 0.85));
        }
        for (Matcher m = COUNTED.matcher(text); m.find(); ) {
            cancel.throwIfCancelled();
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("value", NumberReader.value(m.group("number"), m.group("scale")));
            attributes.put("unit", m.group("unit").replace('\u00A0', ' ').toLowerCase(Locale.ROOT));
            // above the weapons recognizer's 0.85: a counted quantity of weapons is one AMOUNT (guideline)
            found.add(new Suggestion(label, m.start(), m.end(), 0.88, attributes));
        }
        return found;
    }

    private static String suffix(Matcher m) {
        return m.group("suffix") != null ? m.group("suffix") : m.group("spacedSuffix");
    }

    private static Suggestion money(Matcher m, String label, String currency, String suffix, double confidence) {
        String scale = suffix != null ? suffix : m.group("scale");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("value", NumberReader.value(m.group("number"), scale));
        if (currency != null && Currencies.isNamed(currency)) {
            attributes.put("currency", currency);
        }
        String per = per(m);
        if (per != null) {
            attributes.put("per", per);
        }
        return new Suggestion(label, m.start(), m.end(), confidence, attributes);
    }

    private static String per(Matcher m) {
        String per = m.group("per");
        if (per != null) {
            return per.equals("annum") ? "year" : per;
        }
        String adverb = m.group("adverb");
        if (adverb == null) {
            return null;
        }
        return switch (adverb) {
            case "annually", "yearly" -> "year";
            case "daily" -> "day";
            default -> adverb.substring(0, adverb.length() - 2);
        };
    }
}
