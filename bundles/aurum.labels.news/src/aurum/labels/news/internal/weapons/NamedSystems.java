package aurum.labels.news.internal.weapons;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weapon systems named by their proper names and designations, with the variant and a generic head
 * after them as one span ("Standard Missile 3 (SM-3) Block 1B interceptor missile", "SM-3 Block 1A
 * missile", "Ground-Based Interceptor", "Aegis Ballistic Missile Defense"). Case matters: these are names.
 */
public final class NamedSystems {

    private static final String S = "[ \\u00A0]";
    private static final String VARIANT = "(?:" + S + "\\([A-Z][A-Z0-9\\-]*\\))?(?:" + S + "(?:Block|Blk\\.?)" + S
            + "[0-9IVX]+[A-Z]?)?(?:" + S + "(?:Dual" + S + "II|Dual" + S + "I|Increment" + S + "\\d))?(?:" + S
            + "\\([A-Za-z][A-Za-z\\-]{1,25}\\))?";
    private static final String TAIL = "(?:" + S + "(?:interceptor" + S + "missiles?|interceptors?|missiles?|"
            + "(?:weapon" + S + ")?systems?))?";

    private record Family(Pattern pattern, String topic) {
    }

    private static final List<Family> FAMILIES = List.of(
            family("Standard" + S + "Missile[\\-" + "\\u00A0 ]?\\d" + VARIANT + TAIL, "BALLISTIC_MISSILE"),
            family("SM-[236]" + VARIANT + TAIL, "BALLISTIC_MISSILE"),
            family("Ground[\\- ][Bb]ased" + S + "(?:Interceptors?|Midcourse" + S + "Defen[cs]e(?:" + S + "System)?)",
                    "BALLISTIC_MISSILE"),
            family("Aegis" + S + "(?:Ballistic" + S + "Missile" + S + "Defen[cs]e(?:" + S + "System)?|BMD|Ashore)",
                    "BALLISTIC_MISSILE"),
            family("(?:Terminal" + S + "High" + S + "Altitude" + S + "Area" + S + "Defen[cs]e|THAAD)(?:" + S
                    + "(?:system|battery|interceptors?))?", "BALLISTIC_MISSILE"),
            family("Ballistic" + S + "Missile" + S + "Defen[cs]e" + S + "System", "BALLISTIC_MISSILE"),
            family("(?:Minuteman" + S + "III|Sentinel" + S + "ICBM|Trident" + S + "II(?:" + S + "D5)?|Hwasong-\\d+|"
                    + "RS-28" + S + "Sarmat|Sarmat|Kinzhal|DF-(?:21D?|26|31|41))(?:" + S + "missiles?)?",
                    "BALLISTIC_MISSILE"),
            family("(?:Long-Range" + S + "Hypersonic" + S + "Weapon|Dark" + S + "Eagle|Conventional" + S + "Prompt" + S
                    + "Strike|Air-Launched" + S + "Rapid" + S + "Response" + S + "Weapon|ARRW|HACM|LRHW|Avangard|"
                    + "Zircon|Tsirkon|DF-17|DF-ZF)(?:" + S + "(?:missiles?|weapons?|systems?))?", "HYPERSONIC"),
            family("Tomahawks?(?:" + S + "(?:cruise" + S + ")?missiles?)?", "STRIKE"),
            family("(?:Virginia|Columbia|Ohio|Astute|Seawolf|Los" + S + "Angeles)-class" + S
                    + "(?:(?:attack|ballistic" + S + "missile|nuclear-powered)" + S + ")?submarines?", "SUBMARINE"),
            family("HELIOS|High" + S + "Energy" + S + "Laser" + S + "(?:with" + S + "Integrated" + S + "Optical-dazzler"
                    + S + "and" + S + "Surveillance|Weapon" + S + "System)", "DIRECTED_ENERGY"),
            family("(?:MQ-9" + S + "Reapers?|MQ-1C?" + S + "Gray" + S + "Eagles?|Switchblade(?:" + S + "\\d+)?|"
                    + "Shahed(?:-\\d+)?" + S + "drones?)", "AUTONOMOUS"));

    private NamedSystems() {
    }

    private static Family family(String regex, String topic) {
        return new Family(Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}\\-])(?:" + regex + ")(?![\\p{L}\\p{N}\\p{M}])"), topic);
    }

    /** The named systems in {@code text}. */
    public static List<WeaponPhrases.Found> find(String text) {
        List<WeaponPhrases.Found> out = new ArrayList<>();
        for (Family f : FAMILIES) {
            for (Matcher m = f.pattern().matcher(text); m.find(); ) {
                out.add(new WeaponPhrases.Found(m.start(), m.end(), f.topic()));
            }
        }
        return out;
    }
}
