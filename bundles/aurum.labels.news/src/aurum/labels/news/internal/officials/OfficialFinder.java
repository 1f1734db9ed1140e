package aurum.labels.news.internal.officials;

import aurum.labels.gazetteer.Gazetteer;
import aurum.labels.gazetteer.GazetteerBuilder;
import aurum.labels.gazetteer.MatchMode;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds officials in two passes over a document: first names that follow a title ("Defense Secretary
 * Lloyd Austin"), then every other mention of those people in the same document by full name, first
 * and family name, or family name alone ("Austin", "Blinken’s"). The span is always the name; the title
 * goes into the {@code title} attribute.
 */
public final class OfficialFinder {

    /** Attribute: the title as written before the name (of the titled mention, for bare mentions). */
    public static final String TITLE = "title";
    /** Attribute: the name as written in the titled mention. */
    public static final String FULL_NAME = "fullName";
    /** Attribute: whether this mention is the one right after the title. */
    public static final String TITLED = "titled";

    private static final Gazetteer<String> TITLES = TitleLexicon.build();

    private record Person(String fullName, String shortName, String surname, String title) {
    }

    private OfficialFinder() {
    }

    public static List<Suggestion> find(String text, String label, Cancellation cancel) {
        List<Suggestion> titled = new ArrayList<>();
        Map<String, Person> people = new LinkedHashMap<>();
        TITLES.scan(text, MatchMode.LEFTMOST_LONGEST, cancel, (start, end, entry) -> {
            if (start > 0 && "./@".indexOf(text.charAt(start - 1)) >= 0) {
                return; // "defense.gov" is no governor
            }
            int titleEnd = TitleExtension.extend(text, end);
            NameReader.Name name = NameReader.after(text, titleEnd);
            if (name == null) {
                ComplementTitle.Read read = ComplementTitle.after(text, titleEnd);
                if (read == null) {
                    return;
                }
                titleEnd = read.titleEnd();
                name = read.name();
            }
            if (name.tokens().stream().anyMatch(ComplementTitle::isNotAName)) {
                return; // "Office of the Secretary of Defense Public Affairs"
            }
            String title = text.substring(start, titleEnd).replaceAll("[\\s\\u00A0]+", " ");
            titled.add(titledMention(label, name, title, people));
        });
        cancel.throwIfCancelled();
        for (Appositives.Found found : Appositives.find(text)) {
            NameReader.Name name = found.name();
            if (titled.stream().noneMatch(t -> t.start() < name.end() && name.start() < t.end())) {
                titled.add(titledMention(label, name, found.title(), people));
            }
        }
        titled.sort(java.util.Comparator.comparingInt(Suggestion::start));
        if (people.isEmpty()) {
            return titled;
        }
        List<Suggestion> all = new ArrayList<>(titled);
        mentions(people).scan(text, MatchMode.LEFTMOST_LONGEST, cancel, (start, end, person) -> {
            boolean overlapsTitled = titled.stream().anyMatch(t -> t.start() < end && start < t.end());
            boolean repeated = !all.isEmpty() && all.get(all.size() - 1).start() == start;
            if (!overlapsTitled && !repeated && !inAddress(text, start, end)) {
                all.add(suggestion(label, start, end, person, person.title(), false, 0.75));
            }
        });
        return all;
    }

    private static Suggestion titledMention(String label, NameReader.Name name, String title, Map<String, Person> people) {
        Person person = people.computeIfAbsent(name.fullName(),
                n -> new Person(n, name.shortName(), name.surname(), title));
        return suggestion(label, name.start(), name.end(), person, title, true, 0.9);
    }

    /** Whether the match is part of an e-mail address or a web address ("Mark.Wright@mda.mil"). */
    private static boolean inAddress(String text, int start, int end) {
        boolean dotBefore = start > 1 && (text.charAt(start - 1) == '.' || text.charAt(start - 1) == '@')
                && Character.isLetterOrDigit(text.charAt(start - 2));
        boolean after = end < text.length() && (text.charAt(end) == '@'
                || (text.charAt(end) == '.' || text.charAt(end) == '/') && end + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(end + 1)));
        return dotBefore || after;
    }

    private static Gazetteer<Person> mentions(Map<String, Person> people) {
        GazetteerBuilder<Person> builder = Gazetteer.<Person>builder().wholeWords(true).foldWhitespace(true);
        for (Person person : people.values()) {
            builder.add(person.fullName(), person);
            builder.add(person.shortName(), person);
            builder.add(person.surname(), person);
        }
        return builder.build();
    }

    private static Suggestion suggestion(String label, int start, int end, Person person, String title, boolean titled,
            double confidence) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(TITLE, title);
        attributes.put(FULL_NAME, person.fullName());
        attributes.put(TITLED, titled);
        return new Suggestion(label, start, end, confidence, attributes);
    }
}
