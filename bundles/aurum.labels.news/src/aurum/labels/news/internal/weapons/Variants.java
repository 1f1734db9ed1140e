package aurum.labels.news.internal.weapons;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands a base phrase into its spellings: the head noun (last word) in singular and plural, and each
 * hyphen kept, replaced by a space, or (after "counter") closed up.
 */
final class Variants {

    private Variants() {
    }

    static Set<String> of(String phrase) {
        Set<String> spellings = new LinkedHashSet<>();
        for (String form : List.of(phrase, plural(phrase))) {
            spellings.add(form);
            spellings.add(form.replace('-', ' '));
            spellings.add(form.replace("counter-", "counter"));
        }
        return spellings;
    }

    static String plural(String phrase) {
        if (phrase.endsWith("s") || phrase.equals(phrase.toUpperCase(java.util.Locale.ROOT)) && phrase.length() <= 5) {
            return phrase.endsWith("s") ? phrase : phrase + "s";
        }
        if (phrase.endsWith("y") && !phrase.endsWith("ay") && !phrase.endsWith("ey")) {
            return phrase.substring(0, phrase.length() - 1) + "ies";
        }
        return phrase + "s";
    }
}
