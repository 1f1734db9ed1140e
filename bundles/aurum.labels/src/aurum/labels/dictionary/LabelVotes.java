package aurum.labels.dictionary;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often one normalized string was accepted with each label, and the most frequent spelling; the
 * unit both the dictionary recognizer and the consistency check reason about.
 */
final class LabelVotes {

    private final Map<String, Integer> byLabel = new HashMap<>();
    private final Map<String, Integer> bySpelling = new HashMap<>();

    void add(AcceptedSpan span) {
        byLabel.merge(span.labelId(), 1, Integer::sum);
        bySpelling.merge(span.text().strip(), 1, Integer::sum);
    }

    /** Labels with their counts, most frequent first, ties by label id, so results are deterministic. */
    Map<String, Integer> ranked() {
        Map<String, Integer> ranked = new LinkedHashMap<>();
        byLabel.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ranked.put(e.getKey(), e.getValue()));
        return ranked;
    }

    String winner() {
        return ranked().keySet().iterator().next();
    }

    int total() {
        return byLabel.values().stream().mapToInt(Integer::intValue).sum();
    }

    boolean isConflicting() {
        return byLabel.size() > 1;
    }

    List<String> spellings() {
        return List.copyOf(bySpelling.keySet());
    }

    String commonestSpelling() {
        return bySpelling.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }
}
