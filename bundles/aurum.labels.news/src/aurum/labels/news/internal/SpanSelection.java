package aurum.labels.news.internal;

import aurum.labels.recognizer.SpanRules;
import aurum.labels.recognizer.Suggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns candidate suggestions from several patterns into the final list: drops any that break the span
 * rules, resolves overlaps in favour of the earliest and then the longest, and orders by position.
 */
public final class SpanSelection {

    private SpanSelection() {
    }

    public static List<Suggestion> leftmostLongest(CharSequence text, List<Suggestion> candidates) {
        List<Suggestion> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Suggestion::start).thenComparing(Comparator.comparingInt(Suggestion::end).reversed()));
        List<Suggestion> chosen = new ArrayList<>();
        int free = 0;
        for (Suggestion s : sorted) {
            if (s.start() >= free && SpanRules.isWellFormed(text, s.start(), s.end())) {
                chosen.add(s);
                free = s.end();
            }
        }
        return chosen;
    }
}
