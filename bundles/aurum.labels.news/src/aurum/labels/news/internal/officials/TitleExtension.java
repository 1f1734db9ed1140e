package aurum.labels.news.internal.officials;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What may stand between a title and the name: a service and a rank ("Pentagon Press Secretary Air Force
 * Maj. Gen. Pat Ryder", "Navy Vice Adm. Jon A. Hill") and a courtesy title ("Saudi Foreign Minister
 * Prince Faisal bin Farhan Al Saud"). They belong to the title attribute, not to the name.
 */
final class TitleExtension {

    private static final String SPACE = "[ \\u00A0\\u202F]";
    private static final Pattern NEXT = Pattern.compile(SPACE + "(?:(?:U\\.S\\." + SPACE + ")?(?:Air" + SPACE + "Force|Army|Navy|"
            + "Marine" + SPACE + "Corps|Space" + SPACE + "Force|Coast" + SPACE + "Guard|People[’']s" + SPACE + "Liberation"
            + SPACE + "Army)" + "|(?:Lt\\.|Maj\\.|Brig\\.|Vice|Rear|Master|Staff|Tech\\.|Chief|Command)" + SPACE
            + "(?:Gen\\.|Adm\\.|Sgt\\.|Master" + SPACE + "Sgt\\.)|Gen\\.|General|Adm\\.|Admiral|Col\\.|Capt\\.|Cmdr\\.|Maj\\.|"
            + "Sgt\\.|Prince|Princess|Sheikh|Sheikha|Dr\\.)(?=" + SPACE + ")");

    private TitleExtension() {
    }

    /** The end of the title once services, ranks and courtesy titles after {@code end} are taken in. */
    static int extend(String text, int end) {
        Matcher m = NEXT.matcher(text);
        int at = end;
        while (at < text.length()) {
            m.region(at, text.length());
            if (!m.lookingAt()) {
                break;
            }
            at = m.end();
        }
        return at;
    }
}
