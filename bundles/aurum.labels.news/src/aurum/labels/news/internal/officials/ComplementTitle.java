package aurum.labels.news.internal.officials;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a title that goes on with an "of", "for" or "to" complement before the name: "Minister of
 * National Defense Suh Wook", "U.K. Secretary of State for Defense Ben Wallace", "Under Secretary of
 * Defense for Research and Engineering Michael Griffin". The complement and the name are both capitalised
 * words, so the name is taken as the last two words of the run (with initials and a suffix); it must
 * follow a capitalised word, not "and", and must not be an organisation's word ("Missile Defense
 * Agency" is no name).
 */
final class ComplementTitle {

    /** The title's end and the name after it. */
    record Read(int titleEnd, NameReader.Name name) {
    }

    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}\\p{M}’'\\-]*\\.?|of|for|and|the|to)(?![\\p{L}\\p{N}\\p{M}])");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "to");
    /** Whether a token is an organisation's or a place's word, never part of a person's name. */
    static boolean isNotAName(String token) {
        return NOT_NAMES.contains(token);
    }

    private static final Set<String> NOT_NAMES = Set.of("Agency", "Department", "Ministry", "Office", "Council",
            "Command", "Service", "Force", "Forces", "Corps", "Army", "Navy", "Committee", "Administration",
            "Institute", "University", "Group", "Act", "Program", "Affairs", "Defense", "Defence", "State", "Staff",
            "Security", "Policy", "Engineering", "Research", "Intelligence", "Republic", "Kingdom", "Union",
            "Nations", "Sudan", "Korea", "China", "Japan", "Russia", "Iran", "Israel", "Ukraine", "Africa", "Asia",
            "Europe", "America", "States", "Envoy", "Sea", "Pacific", "Atlantic", "Public");

    private ComplementTitle() {
    }

    /** The complement title and name after a title ending at {@code titleEnd}, or {@code null}. */
    static Read after(String text, int titleEnd) {
        int p = titleEnd;
        if (!(text.startsWith(" of ", p) || text.startsWith(" for ", p) || text.startsWith(" to ", p))) {
            return null;
        }
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        p++;
        while (p < text.length()) {
            m.region(p, text.length());
            if (!m.lookingAt()) {
                break;
            }
            words.add(new int[] {m.start(), m.end()});
            if (m.end() >= text.length() || !NameReader.isSpace(text.charAt(m.end()))) {
                break;
            }
            p = m.end() + 1;
        }
        if (words.size() < 4) {
            return null;
        }
        int runEnd = words.get(words.size() - 1)[1];
        if (text.charAt(runEnd - 1) == '.') {
            runEnd--; // a sentence's full stop after the name
        }
        for (int i = words.size() - 2; i >= 2; i--) {
            if (CONNECTORS.contains(word(text, words.get(i - 1))) || CONNECTORS.contains(word(text, words.get(i)))) {
                continue;
            }
            NameReader.Name name = NameReader.after(text, words.get(i)[0] - 1);
            if (name == null || name.end() != runEnd || name.tokens().stream()
                    .filter(t -> !NameReader.isInitialOrSuffix(t)).count() != 2) {
                continue;
            }
            if (name.tokens().stream().anyMatch(NOT_NAMES::contains)) {
                return null;
            }
            return new Read(words.get(i - 1)[1], name);
        }
        return null;
    }

    private static String word(String text, int[] w) {
        return text.substring(w[0], w[1]);
    }
}
