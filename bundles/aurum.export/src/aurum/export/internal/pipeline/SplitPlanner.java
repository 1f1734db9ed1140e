package aurum.export.internal.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import aurum.export.SplitSpec;

/**
 * Assigns documents to splits, keeping each group (near-duplicate cluster, or related group when asked)
 * whole. Groups are shuffled with {@link Random} (whose sequence Java specifies, so a seed gives the same
 * split on every machine), placed largest first, each into the split furthest below its share: of
 * documents, and when stratified also of each label's occurrences, among the splits it fits into without
 * passing their share of documents by more than {@link #SLACK} of the corpus. See {@code docs/EXPORT.md}.
 */
public final class SplitPlanner {

    /** What the planner knows of one document: its cluster and its label counts. */
    public record Unit(String cluster, List<String> documents, Map<String, Integer> labels) {
    }

    /**
     * How far past its share of documents a split may grow while another could take the unit: 2% of the
     * documents, so that with three splits none misses its share by more than about 5 points unless a
     * group is too large to place (which {@code SplitCheck} reports).
     */
    static final double SLACK = 0.02;

    private SplitPlanner() {
    }

    /**
     * @param labels document id → output label → occurrences, for the selected documents only
     * @param clusters document id → cluster id; documents not in it are clusters of their own
     * @return document id → split index
     */
    public static Map<String, Integer> plan(Map<String, Map<String, Integer>> labels, Map<String, String> clusters,
            SplitSpec split, long seed, boolean stratify) {
        Map<String, Integer> out = new HashMap<>();
        if (split.names().size() == 1) {
            labels.keySet().forEach(id -> out.put(id, 0));
            return out;
        }
        List<Unit> units = units(labels, clusters);
        Collections.shuffle(units, new Random(seed));
        units.sort(Comparator.comparingInt((Unit u) -> u.documents().size()).reversed());
        Map<String, Integer> labelTotals = new TreeMap<>();
        labels.values().forEach(m -> m.forEach((l, n) -> labelTotals.merge(l, n, Integer::sum)));
        int k = split.names().size();
        double[] docs = new double[k];
        List<Map<String, Integer>> labelCounts = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            labelCounts.add(new HashMap<>());
        }
        int totalDocs = labels.size();
        // a split takes a unit only if it stays within this many documents of its share, when any split can:
        // document shares come first, label balance (stratify) second
        double slack = Math.max(1, SLACK * totalDocs);
        for (Unit unit : units) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            boolean fits = false;
            for (int i = 0; i < k; i++) {
                fits |= split.share(i) > 0 && docs[i] + unit.documents().size() <= split.share(i) * totalDocs + slack;
            }
            for (int i = 0; i < k; i++) {
                if (fits && docs[i] + unit.documents().size() > split.share(i) * totalDocs + slack) {
                    continue;
                }
                double score = (split.share(i) * totalDocs - docs[i]) / Math.max(1, totalDocs);
                if (stratify) {
                    for (Map.Entry<String, Integer> e : unit.labels().entrySet()) {
                        int total = labelTotals.get(e.getKey());
                        score += (split.share(i) * total - labelCounts.get(i).getOrDefault(e.getKey(), 0)) / total;
                    }
                }
                if (split.share(i) > 0 && score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            docs[best] += unit.documents().size();
            for (Map.Entry<String, Integer> e : unit.labels().entrySet()) {
                labelCounts.get(best).merge(e.getKey(), e.getValue(), Integer::sum);
            }
            for (String id : unit.documents()) {
                out.put(id, best);
            }
        }
        return out;
    }

    /** Units sorted by cluster id, so the shuffle starts from the same order whatever the map order. */
    private static List<Unit> units(Map<String, Map<String, Integer>> labels, Map<String, String> clusters) {
        Map<String, List<String>> members = new TreeMap<>();
        new TreeMap<>(labels).keySet().forEach(id -> members.computeIfAbsent(clusters.getOrDefault(id, id),
                c -> new ArrayList<>()).add(id));
        List<Unit> units = new ArrayList<>();
        members.forEach((cluster, ids) -> {
            Map<String, Integer> counts = new TreeMap<>();
            ids.forEach(id -> labels.get(id).forEach((l, n) -> counts.merge(l, n, Integer::sum)));
            units.add(new Unit(cluster, List.copyOf(ids), counts));
        });
        return units;
    }
}
