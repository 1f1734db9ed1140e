package aurum.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Small documents with CITY and ORG spans written in varied sentences, for training a model in a test:
 * enough repetitions of a few names that a name finder learns them, with context words that differ.
 */
final class TeachingTexts {

    static final List<String> CITIES = List.of("Brno", "Ostrava", "Plzen", "Olomouc", "Liberec");
    static final List<String> ORGS = List.of("Acme Corp", "Globex Industries", "Initech", "Umbrella Group");
    private static final List<String> PATTERNS = List.of(
            "The mayor of %c met officials from %o on Monday.",
            "%o opened a new office in %c last year.",
            "Workers in %c protested against %o plans.",
            "A delegation from %o arrived in %c by train.",
            "Residents of %c welcomed the decision by %o.",
            "Prices in %c rose after %o raised wages.");

    private TeachingTexts() {
    }

    /** {@code count} documents, each of several lines, every name tagged. */
    static List<TrainingDocument> documents(int count) {
        List<TrainingDocument> out = new ArrayList<>();
        int n = 0;
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder();
            List<TrainingSpan> spans = new ArrayList<>();
            for (int line = 0; line < 6; line++, n++) {
                String city = CITIES.get(n % CITIES.size());
                String org = ORGS.get((n / 2) % ORGS.size());
                String pattern = PATTERNS.get((n + d) % PATTERNS.size());
                for (int i = 0; i < pattern.length(); i++) {
                    if (pattern.startsWith("%c", i)) {
                        spans.add(new TrainingSpan(text.length(), text.length() + city.length(), "CITY"));
                        text.append(city);
                        i++;
                    } else if (pattern.startsWith("%o", i)) {
                        spans.add(new TrainingSpan(text.length(), text.length() + org.length(), "ORG"));
                        text.append(org);
                        i++;
                    } else {
                        text.append(pattern.charAt(i));
                    }
                }
                text.append("\n");
            }
            out.add(new TrainingDocument("doc" + d, text.toString(), spans, true));
        }
        return out;
    }
}
