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

        /**
         * The family name used for bare mentions: the first token of a two-part name written family name first
         * ("Suh Wook", "Wei Fenghe"), else the last token that is neither an initial nor a suffix.
         */
        String surname() {
            if (FamilyNames.writtenFirst(tokens)) {
                return tokens.get(0);
            }
            for (int i = tokens.size() - 1; i >= 0; i--) {
                if (!isInitialOrSuffix(tokens.get(i))) {
                    return tokens.get(i);
                }
            }
            return tokens.get(tokens.size() - 1);
        }

        /** First and family name without initials and suffixes, e.g. "Lloyd Austin" for "Lloyd J. Austin III". */
        String shortName() {
            if (FamilyNames.writtenFirst(tokens)) {
                return fullName();
            }
            String surname = surname();
            return tokens.get(0).equals(surname) ? surname : tokens.get(0) + " " + surname;
        }
    }

    private static final int MAX_TOKENS = 5;
    /** Lower-case particles inside a name ("Faisal bin Farhan Al Saud", "Carlos Del Toro"). */
    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "al", "el", "de", "del", "da", "di", "van",
            "von", "der", "la", "le");
    /** Two capital letters as a given name ("CQ Brown"), only before another name token. */
    private static final Pattern CAPS = Pattern.compile("\\p{Lu}{2}(?![\\p{L}\\p{N}\\p{M}.])");
    private static final Pattern TOKEN = Pattern.compile(
            "(?:(?:Jr|Sr)\\.|III|II|IV|\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}]*\\p{Ll}[\\p{L}\\p{M}]*"
                    + "(?:[-'’]\\p{Lu}[\\p{L}\\p{M}]*\\p{Ll}[\\p{L}\\p{M}]*)*)(?![\\p{L}\\p{N}\\p{M}])");
    private static final Set<String> STOP = Set.of("The", "A", "An", "And", "Or", "But", "Of", "In", "On", "At",
            "To", "For", "With", "By", "From", "As", "That", "This", "Who", "Also", "However", "Says", "Said", "Say",
            "Vows", "Admits", "Urges", "Urged", "Warns", "Tells", "Told", "Meets", "Met", "Visits", "Was", "Is",
            "Has", "Had", "Will", "Would", "Calls", "Slams", "Signs", "Hails", "Call", "Meeting", "Visit", "Another",
            "Some", "Any", "All", "Each", "Every", "Authorizes", "Announces", "Condemns", "Travels", "Speaks", "Spoke",
            "Thanks", "Welcomes", "Congratulates", "Today", "Yesterday", "Office", "Department", "Ministry", "Agency",
            "Monday", "Tuesday", "Wednesday",
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
        List<Integer> ends = new ArrayList<>();
        int start = p;
        int end = -1;
        Matcher m = TOKEN.matcher(text);
        Matcher caps = CAPS.matcher(text);
        while (tokens.size() < MAX_TOKENS && p < text.length()) {
            m.region(p, text.length());
            caps.region(p, text.length());
            String token;
            if (m.lookingAt() && !STOP.contains(m.group()) && !(tokens.isEmpty() && isInitialOrSuffix(m.group()))) {
                token = m.group();
            } else if (tokens.isEmpty() && caps.lookingAt()) {
                token = caps.group();
            } else if (!tokens.isEmpty() && isParticleAt(text, p)) {
                token = text.substring(p, wordEnd(text, p));
            } else {
                break;
            }
            tokens.add(token);
            end = p + token.length();
            ends.add(end);
            if (end + 1 < text.length() && text.charAt(end) == ',' && isSpace(text.charAt(end + 1))
                    && (text.startsWith("Jr.", end + 2) || text.startsWith("Sr.", end + 2))) {
                tokens.add(text.substring(end + 2, end + 5));
                end += 5;
                ends.add(end);
                break;
            }
            if (end + 1 >= text.length() || !isSpace(text.charAt(end))) {
                break;
            }
            p = end + 1;
        }
        while (!tokens.isEmpty() && (isInitial(tokens.get(tokens.size() - 1))
                || PARTICLES.contains(tokens.get(tokens.size() - 1)) || isCapsGivenName(tokens.get(tokens.size() - 1)))) {
            tokens.remove(tokens.size() - 1);
            ends.remove(ends.size() - 1);
            end = ends.isEmpty() ? start : ends.get(ends.size() - 1);
        }
        if (tokens.isEmpty() || comma && tokens.size() < 2) {
            return null;
        }
        return new Name(start, end, List.copyOf(tokens));
    }

    private static boolean isParticleAt(String text, int p) {
        int e = wordEnd(text, p);
        return e > p && PARTICLES.contains(text.substring(p, e)) && e < text.length() && isSpace(text.charAt(e));
    }

    private static int wordEnd(String text, int p) {
        int e = p;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /** Whether a capitalised word ends a name (function words, headline verbs, weekdays, months). */
    static boolean isStopWord(String token) {
        return STOP.contains(token);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    private static boolean isCapsGivenName(String token) {
        return token.length() == 2 && token.chars().allMatch(Character::isUpperCase) && !isInitialOrSuffix(token);
    }

    private static boolean isInitial(String token) {
        return token.length() == 2 && token.charAt(1) == '.';
    }

    static boolean isInitialOrSuffix(String token) {
        return isInitial(token) || token.equals("Jr.") || token.equals("Sr.") || token.equals("II")
                || token.equals("III") || token.equals("IV");
    }
}
