package aurum.labels.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import aurum.labels.recognizer.Suggestion;

/**
 * Merges what several recognizers proposed for one document into one list without duplicates: the most
 * confident suggestion first, and a suggestion that overlaps one already kept is dropped, whatever its
 * label. So when the rules and the learned model propose the same span, it is offered once with the
 * higher confidence, and when they disagree on its extent or label, the more confident reading wins and
 * the annotator decides one proposal per stretch of text. Ties go to the longer span, then to the
 * recognizer run first.
 */
public final class SuggestionRanking {

    private SuggestionRanking() {
    }

    /**
     * @param suggestions the recognizers' suggestions, in the order the recognizers ran
     * @return the kept suggestions, most confident first
     */
    public static List<Suggestion> mostConfidentFirst(List<Suggestion> suggestions) {
        List<Suggestion> ranked = new ArrayList<>(suggestions);
        ranked.sort(Comparator.comparingDouble(Suggestion::confidence).reversed()
                .thenComparing(Comparator.comparingInt(Suggestion::length).reversed())); // stable: run order last
        TreeMap<Integer, Integer> kept = new TreeMap<>(); // start -> end of kept, non-overlapping
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : ranked) {
            Map.Entry<Integer, Integer> before = kept.floorEntry(s.end() - 1);
            if (before != null && before.getValue() > s.start()) {
                continue;
            }
            kept.put(s.start(), s.end());
            out.add(s);
        }
        return out;
    }
}
