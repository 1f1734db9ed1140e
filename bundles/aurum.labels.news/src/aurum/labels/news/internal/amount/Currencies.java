package aurum.labels.news.internal.amount;

import java.util.Locale;
import java.util.Map;

/**
 * Maps the ways news text writes a currency to ISO 4217 codes. A bare {@code $} or "dollars" means US
 * dollars and {@code ¥} means yen, as in the English-language news this label set is made for; other
 * dollars need their prefix ({@code A$}) or adjective ("Australian dollars").
 */
final class Currencies {

    static final String SYMBOL_PATTERN = "US\\$|A\\$|AU\\$|C\\$|CA\\$|HK\\$|NZ\\$|S\\$|\\$|¥|€|£|₩|₹";
    /** Codes the label set's currency attribute can name. */
    private static final java.util.Set<String> NAMED = java.util.Set.of("USD", "JPY", "EUR", "GBP", "CNY", "KRW",
            "AUD", "CAD", "INR", "CHF", "HKD", "NZD", "SGD");

    static final String CODE_PATTERN = "USD|JPY|EUR|GBP|CNY|KRW|AUD|CAD|INR|CHF|HKD|NZD|SGD|RUB|SAR|AED|ILS|TWD|UAH|"
            + "PLN|SEK|NOK|DKK|TRY|BRL|MXN|ZAR|IDR|THB|MYR|PKR|EGP|IRR|KPW|QAR|KWD";
    static final String WORD_PATTERN = "(?:(?:US|U\\.S\\.|American|Australian|Canadian|Hong[ \\u00A0]Kong|"
            + "New[ \\u00A0]Zealand|Singapore)[ \\u00A0])?dollars?|yen|euros?|yuan|renminbi|won|rupees?|"
            + "pounds[ \\u00A0]sterling|(?:Swiss[ \\u00A0])?francs?|r[o]?ubles?|shekels?|riyals?|dirhams?|hryvnias?|"
            + "zlotys?|lira|liras|pesos?|rupiah|baht|ringgit|" + CODE_PATTERN;

    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("$", "USD"), Map.entry("US$", "USD"),
            Map.entry("A$", "AUD"), Map.entry("AU$", "AUD"), Map.entry("C$", "CAD"), Map.entry("CA$", "CAD"),
            Map.entry("HK$", "HKD"), Map.entry("NZ$", "NZD"), Map.entry("S$", "SGD"), Map.entry("¥", "JPY"),
            Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("₩", "KRW"), Map.entry("₹", "INR"));

    private static final Map<String, String> ADJECTIVES = Map.of("us", "USD", "u.s.", "USD", "american", "USD",
            "australian", "AUD", "canadian", "CAD", "hong kong", "HKD", "new zealand", "NZD", "singapore", "SGD");

    private static final Map<String, String> WORDS = Map.of("dollar", "USD", "yen", "JPY", "euro", "EUR", "yuan",
            "CNY", "renminbi", "CNY", "won", "KRW", "rupee", "INR", "pounds sterling", "GBP");

    private Currencies() {
    }

    static String ofSymbol(String symbol) {
        return SYMBOLS.get(symbol);
    }

    /** The code for a currency word or code, e.g. "Australian dollars" or "EUR". */
    static String ofWord(String written) {
        String w = written.replace('\u00A0', ' ');
        if (w.matches(CODE_PATTERN)) {
            return w;
        }
        w = w.toLowerCase(Locale.ROOT);
        int space = w.lastIndexOf(' ');
        if (w.endsWith("dollar") || w.endsWith("dollars")) {
            return space < 0 ? "USD" : ADJECTIVES.get(w.substring(0, space));
        }
        if (!w.equals("pounds sterling") && w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("franc")) {
            return "CHF";
        }
        String code = WORDS.get(w);
        return code != null ? code : OTHER_WORDS.get(w);
    }

    /** Whether the label set's currency attribute can name {@code code}. */
    static boolean isNamed(String code) {
        return NAMED.contains(code);
    }

    private static final Map<String, String> OTHER_WORDS = Map.ofEntries(Map.entry("ruble", "RUB"),
            Map.entry("rouble", "RUB"), Map.entry("shekel", "ILS"), Map.entry("riyal", "SAR"), Map.entry("dirham", "AED"),
            Map.entry("hryvnia", "UAH"), Map.entry("zloty", "PLN"), Map.entry("lira", "TRY"), Map.entry("peso", "MXN"),
            Map.entry("rupiah", "IDR"), Map.entry("baht", "THB"), Map.entry("ringgit", "MYR"));
}
