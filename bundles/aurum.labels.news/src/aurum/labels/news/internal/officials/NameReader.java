package aurum.labels.news.internal.officials;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the person's name that follows a title: up to four capitalised tokens (with initials such as
 * "J." and suffixes such as "III"), separated by single spaces. After a comma ("the Secretary of State,
 * Antony Blinken") at least two tokens are required, so that "said the President, Japan ..." is not
 * read as a name. Capitalised function words, weekdays, months and headline verbs end a name.
 */
final class NameReader {

    /** A name read from the text: its span and tokens. */
    record Name(int start, int end, List<String> tokens) {

        String fullName() {
            return String.join(" ", tokens);
        }

        /** The family name used for bare mentions: the last token that is neither an initial nor a suffix. */
        String surname() {
            for (int i = tokens.size() - 1; i >= 0; i--) {
                if (!isInitialOrSuffix(tokens.get(i))) {
                    return tokens.get(i);
                }
            }
            return tokens.get(tokens.size() - 1);
        }

        /** First and family name without initials and suffixes, e.g. "Lloyd Austin" for "Lloyd J. Austin III". */
        String shortName() {
            String surname = surname();
            return tokens.get(0).equals(surname) ? surname : tokens.get(0) + " " + surname;
        }
    }

    private static final int MAX_TOKENS = 4;
    private static final Pattern TOKEN = Pattern.compile(
            "(?:(?:Jr|Sr)\\.|III|II|IV|\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}]*\\p{Ll}[\\p{L}\\p{M}]*"
                    + "(?:[-'’]\\p{Lu}[\\p{L}\\p{M}]*\\p{Ll}[\\p{L}\\p{M}]*)*)(?![\\p{L}\\p{N}\\p{M}])");
    private static final Set<String> STOP = Set.of("The", "A", "An", "And", "Or", "But", "Of", "In", "On", "At",
            "To", "For", "With", "By", "From", "As", "That", "This", "Who", "Also", "However", "Says", "Said", "Say",
            "Vows", "Admits", "Urges", "Urged", "Warns", "Tells", "Told", "Meets", "Met", "Visits", "Was", "Is",
            "Has", "Had", "Will", "Would", "Calls", "Slams", "Signs", "Hails", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private NameReader() {
    }

    /** The name starting right after a title ending at {@code titleEnd}, or {@code null}. */
    static Name after(String text, int titleEnd) {
        int p = titleEnd;
        boolean comma = p < text.length() && text.charAt(p) == ',';
        if (comma) {
            p++;
        }
        if (p >= text.length() || !isSpace(text.charAt(p))) {
            return null;
        }
        p++;
        List<String> tokens = new ArrayList<>();
        int start = p;
        int end = -1;
        Matcher m = TOKEN.matcher(text);
        while (tokens.size() < MAX_TOKENS && p < text.length()) {
            m.region(p, text.length());
            if (!m.lookingAt() || STOP.contains(m.group()) || tokens.isEmpty() && isInitialOrSuffix(m.group())) {
                break;
            }
            tokens.add(m.group());
            end = m.end();
            if (end + 1 >= text.length() || !isSpace(text.charAt(end))) {
                break;
            }
            p = end + 1;
        }
        while (!tokens.isEmpty() && isInitial(tokens.get(tokens.size() - 1))) {
            end -= tokens.remove(tokens.size() - 1).length() + 1;
        }
        if (tokens.isEmpty() || comma && tokens.size() < 2) {
            return null;
        }
        return new Name(start, end, List.copyOf(tokens));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    private static boolean isInitial(String token) {
        return token.length() == 2 && token.charAt(1) == '.';
    }

    static boolean isInitialOrSuffix(String token) {
        return isInitial(token) || token.equals("Jr.") || token.equals("Sr.") || token.equals("II")
                || token.equals("III") || token.equals("IV");
    }
}
