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
            NameReader.Name name = NameReader.after(text, end);
            if (name == null) {
                return;
            }
            String title = text.substring(start, end).replaceAll("[\\s\\u00A0]+", " ");
            Person person = people.computeIfAbsent(name.fullName(),
                    n -> new Person(n, name.shortName(), name.surname(), title));
            titled.add(suggestion(label, name.start(), name.end(), person, title, true, 0.9));
        });
        cancel.throwIfCancelled();
        if (people.isEmpty()) {
            return titled;
        }
        List<Suggestion> all = new ArrayList<>(titled);
        mentions(people).scan(text, MatchMode.LEFTMOST_LONGEST, cancel, (start, end, person) -> {
            boolean overlapsTitled = titled.stream().anyMatch(t -> t.start() < end && start < t.end());
            boolean repeated = !all.isEmpty() && all.get(all.size() - 1).start() == start;
            if (!overlapsTitled && !repeated) {
                all.add(suggestion(label, start, end, person, person.title(), false, 0.75));
            }
        });
        return all;
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
