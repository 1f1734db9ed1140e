package org.example.labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.SpanRules;
import aurum.labels.recognizer.Suggestion;

/**
 * Proposes {@code COUNTRY} and {@code ALLIANCE} spans of the {@code example.geo} label set from a small
 * gazetteer. An example for plugin authors: a stateless recognizer with a public no-argument constructor,
 * UTF-16 offsets from {@link Matcher}, and a cancellation check per match.
 */
public class CountryRecognizer implements Recognizer {

    /** Country names as written, with their ISO 3166-1 alpha-2 code. */
    private static final Map<String, String> COUNTRIES = countries();

    private static final Set<String> ALLIANCES = Set.of("NATO", "AUKUS", "Quad", "US-Japan alliance",
            "U.S.-Japan alliance");

    /**
     * One alternation of every name, longest first so that "US-Japan alliance" wins over "US". A name may
     * not continue a word on either side: "Japan" does not match in "Japanese", nor "US" in "USFJ".
     */
    private static final Pattern NAMES = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + Stream.concat(COUNTRIES.keySet().stream(), ALLIANCES.stream())
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).collect(Collectors.joining("|"))
            + ")(?![\\p{L}\\p{N}])");

    @Override
    public String id() {
        return "org.example.labels.countries";
    }

    @Override
    public String displayName() {
        return "Countries and alliances (example)";
    }

    @Override
    public Set<String> labelIds() {
        return Set.of("COUNTRY", "ALLIANCE");
    }

    @Override
    public List<Suggestion> recognize(RecognitionInput input, Cancellation cancel) {
        String text = input.text();
        List<Suggestion> found = new ArrayList<>();
        Matcher m = NAMES.matcher(text);
        while (m.find()) {
            cancel.throwIfCancelled(); // stop promptly when the user cancels
            if (!SpanRules.isWellFormed(text, m.start(), m.end())) {
                continue;
            }
            String name = m.group();
            if (ALLIANCES.contains(name)) {
                found.add(new Suggestion("ALLIANCE", m.start(), m.end(), 0.9, Map.of()));
            } else {
                found.add(new Suggestion("COUNTRY", m.start(), m.end(), 0.8, Map.of("iso", COUNTRIES.get(name))));
            }
        }
        return found; // Matcher.find goes left to right: ordered by start, as the API asks
    }

    private static Map<String, String> countries() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("Japan", "JP");
        names.put("China", "CN");
        names.put("United States", "US");
        names.put("US", "US");
        names.put("U.S.", "US");
        names.put("America", "US");
        names.put("Russia", "RU");
        names.put("North Korea", "KP");
        names.put("South Korea", "KR");
        names.put("Australia", "AU");
        names.put("Taiwan", "TW");
        names.put("Philippines", "PH");
        names.put("India", "IN");
        names.put("United Kingdom", "GB");
        names.put("Britain", "GB");
        return Map.copyOf(names);
    }
}
