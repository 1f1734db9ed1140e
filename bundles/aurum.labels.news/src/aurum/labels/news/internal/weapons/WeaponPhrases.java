package aurum.labels.news.internal.weapons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds weapon noun phrases by their shape rather than by a list of phrases: range, class and basing
 * modifiers, a word naming the topic, and a weapon head noun ("medium range ballistic missile",
 * "high-energy laser weapon system", "unmanned aircraft systems", "hypersonic missile defense",
 * "counter-drone systems", "direct-ascent anti-satellite (DA-ASAT) missile"). Owners and judging adjectives
 * are not modifiers, and a noun after the head ("program", "launch", "target") is not taken, as the WEAPON
 * guideline says. Each match carries its topic.
 */
public final class WeaponPhrases {

    /** A phrase found: {@code [start, end)} and its topic. */
    public record Found(int start, int end, String topic) {
    }

    private static final String S = "[ \\u00A0\\-\\u2011]";
    private static final String MODIFIER = "(?:intercontinental|(?:short|medium|intermediate|long|extended|close)" + S
            + "range|(?:sea|ground|air|land|space|submarine|ship|sub|surface)" + S + "(?:based|launched)|nuclear" + S
            + "(?:powered|armed|capable)|conventional|strategic|tactical|attack|guided|lethal|mobile|stealth|"
            + "high" + S + "(?:energy|power(?:ed)?)|directed" + S + "energy|anti" + S + "ship|direct" + S + "ascent|"
            + "\\p{Lu}\\p{Ll}+" + S + "class|counter|co-orbital|orbital|glide|air" + S + "breathing|"
            + "scramjet" + S + "powered|boost" + S + "glide)";
    /** Topic words that are nouns and may stand alone or before another head. */
    private static final String NOUN_CORE = "(?<noun>hypersonics|ballistic" + S + "missiles?|cruise" + S + "missiles?|"
            + "submarines?|lasers|(?:high" + S + "power(?:ed)?" + S + ")microwaves|drones?|ICBMs?|SLBMs?|IRBMs?|"
            + "SRBMs?|MRBMs?|HGVs?|UAVs?|UAS|ASATs?|DA-ASATs?)";
    /** Topic words that are adjectives and need a head after them. */
    private static final String ADJECTIVE_CORE = "(?<adjective>hypersonic|anti" + S + "satellite(?:" + S
            + "\\([A-Z][A-Z\\-]+\\))?|counter" + S + "?space|unmanned|uncrewed|autonomous|nuclear|directed" + S
            + "energy|space" + S + "based|ballistic" + S + "missile|counter" + S + "(?:drone|UAS|hypersonic)|laser|"
            + "(?:high" + S + "power(?:ed)?" + S + ")?microwave)";
    private static final String HEAD = "(?:weapons?|missiles?|systems?|capabilit(?:y|ies)|threats?|vehicles?|"
            + "defen[cs]es?|interceptors?|warheads?|technolog(?:y|ies)|submarines?|lasers?|microwaves?|drones?|"
            + "aircraft|arsenals?|bombs?)";
    private static final String INNER = "(?:glide|cruise|missile|weapon|aircraft|laser|ballistic|defen[cs]e|strike|"
            + "interceptor)";
    private static final Pattern PHRASE = Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}\\-])(?:" + MODIFIER + S + "){0,3}"
            + "(?:" + ADJECTIVE_CORE + "(?:" + S + INNER + "){0,2}" + S + HEAD + "|" + NOUN_CORE + "(?:(?:" + S + INNER
            + "){0,2}" + S + HEAD + ")?)(?![\\p{L}\\p{N}\\p{M}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private WeaponPhrases() {
    }

    /** The weapon phrases in {@code text}, possibly overlapping other recognizers' candidates. */
    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = PHRASE.matcher(text);
        while (m.find()) {
            String topic = topic(m.group().toLowerCase(Locale.ROOT));
            if (topic != null) {
                out.add(new Found(m.start(), m.end(), topic));
            }
        }
        return out;
    }

    /** The topic of a phrase, the most specific first; {@code null} if it names none. */
    static String topic(String p) {
        if (p.contains("hypersonic")) {
            return "HYPERSONIC";
        }
        if (p.contains("anti-satellite") || p.contains("anti satellite") || p.contains("asat")
                || p.contains("space-based") || p.contains("space based") || p.contains("counterspace")
                || p.contains("counter-space") || p.contains("counter space") || p.contains("orbital")) {
            return "SPACE";
        }
        if (p.contains("submarine") && !p.contains("submarine-launched") && !p.contains("submarine launched")
                || p.endsWith("submarines")) {
            return "SUBMARINE";
        }
        if (p.contains("ballistic") || p.matches("(?:.*\\W)?(?:icbm|slbm|irbm|srbm|mrbm)s?")) {
            return "BALLISTIC_MISSILE";
        }
        if (p.contains("cruise")) {
            return "STRIKE";
        }
        if (p.contains("laser") || p.contains("microwave") || p.contains("directed")) {
            return "DIRECTED_ENERGY";
        }
        if (p.contains("unmanned") || p.contains("uncrewed") || p.contains("autonomous") || p.contains("drone")
                || p.matches("(?:.*\\W)?(?:uavs?|uas)")) {
            return "AUTONOMOUS";
        }
        if (p.contains("nuclear")) {
            return "NUCLEAR";
        }
        if (p.contains("hgv")) {
            return "HYPERSONIC";
        }
        return null;
    }
}
