package aurum.labels.news.internal.officials;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names presented with a title after them, in apposition: "Mark Wright, MDA director of public
 * affairs", "Deidre Forster, public affairs officer", "Antony J. Blinken, Secretary of State" (the
 * signature line of a statement). A title word inside an organisation's name does not count ("Cheryl
 * Irwin, Office of the Secretary of Defense Public Affairs").
 */
final class Appositives {

    /** A name and the title written after it. */
    record Found(NameReader.Name name, String title) {
    }

    private static final String SPACE = "[ \\u00A0]";
    private static final Pattern APPOSITION = Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}.@])(?<name>\\p{Lu}[\\p{L}\\p{M}’'\\-]+"
            + "(?:" + SPACE + "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}’'\\-]+)){1,3}),"
            + SPACE + "(?<title>(?:(?:the|an?)" + SPACE + ")?(?:\\p{Lu}[\\p{L}.]*" + SPACE + "){0,3}"
            + "(?i:director|spokesperson|spokesman|spokeswoman|press" + SPACE + "secretary|public" + SPACE + "affairs"
            + SPACE + "officer|secretary" + SPACE + "of" + SPACE + "state|secretary" + SPACE + "of" + SPACE + "defen[cs]e|"
            + "defen[cs]e" + SPACE + "minister|foreign" + SPACE + "minister|minister|ambassador|administrator|"
            + "commander|chief" + SPACE + "of" + SPACE + "staff|deputy" + SPACE + "secretary|under" + SPACE + "secretary|"
            + "assistant" + SPACE + "secretary|senator|governor|mayor))(?![\\p{L}\\p{N}\\p{M}])");

    private Appositives() {
    }

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = APPOSITION.matcher(text);
        while (m.find()) {
            List<String> tokens = List.of(m.group("name").split("[ \\u00A0]"));
            if (tokens.stream().noneMatch(NameReader::isStopWord)) {
                out.add(new Found(new NameReader.Name(m.start("name"), m.end("name"), tokens),
                        m.group("title").replaceAll("[\\s\\u00A0]+", " ")));
            }
        }
        return out;
    }
}
