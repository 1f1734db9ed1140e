package aurum.labels.dictionary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists strings accepted with different labels across the corpus ("Austin" once as OFFICIAL, once as
 * GPE), most frequent first, so that reviewers find inconsistent annotation before it is exported.
 */
public final class ConsistencyCheck {

    private ConsistencyCheck() {
    }

    /**
     * Finds the conflicts among accepted spans.
     *
     * @param accepted        spans from the whole corpus
     * @param caseInsensitive whether "AUSTIN" and "Austin" count as the same string
     * @return one entry per conflicting string, by total count descending, then by string
     */
    public static List<LabelConflict> conflicts(Collection<AcceptedSpan> accepted, boolean caseInsensitive) {
        Map<String, LabelVotes> votes = group(accepted, caseInsensitive);
        List<LabelConflict> conflicts = new ArrayList<>();
        votes.values().stream().filter(LabelVotes::isConflicting)
                .forEach(v -> conflicts.add(new LabelConflict(v.commonestSpelling(), v.ranked())));
        conflicts.sort(Comparator.comparingInt(LabelConflict::total).reversed()
                .thenComparing(LabelConflict::surface));
        return conflicts;
    }

    static Map<String, LabelVotes> group(Collection<AcceptedSpan> accepted, boolean caseInsensitive) {
        Map<String, LabelVotes> votes = new LinkedHashMap<>();
        for (AcceptedSpan span : accepted) {
            String key = SurfaceKey.of(span.text(), caseInsensitive);
            if (!key.isEmpty()) {
                votes.computeIfAbsent(key, k -> new LabelVotes()).add(span);
            }
        }
        return votes;
    }
}
