package aurum.export.internal.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import aurum.corpus.dedup.Relation;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentRelation;
import aurum.export.SplitRules;

/**
 * The groups of selected documents that must stay inside one split: near-duplicate clusters as
 * {@code clusters.json} stores them, always; and, when {@link SplitRules#keepsRelated()}, related documents
 * joined strongest pair first into groups of at most {@link SplitRules#keepRelatedUpTo()} documents. A
 * related pair that would exceed the limit stays apart, and the groups that reached it are named in a
 * warning, since their stories may now straddle splits.
 *
 * @param groupOf document id → group id (the smallest member id) for documents in a group of two or more
 * @param warnings what was left apart
 */
public record SplitGroups(Map<String, String> groupOf, List<String> warnings) {

    /** Groups among {@code ids} (the selected documents). */
    public static SplitGroups of(CorpusStore store, List<String> ids, SplitRules rules) throws CorpusStoreException {
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            number.put(ids.get(i), i);
        }
        Sets sets = new Sets(ids.size());
        store.duplicateClusters().forEach((id, cluster) -> {
            Integer a = number.get(id);
            Integer b = number.get(cluster);
            if (a != null && b != null) {
                sets.union(a, b);
            }
        });
        // a cluster whose smallest member is not selected: join its selected members with each other
        Map<String, Integer> firstSelected = new HashMap<>();
        store.duplicateClusters().forEach((id, cluster) -> {
            Integer a = number.get(id);
            if (a != null) {
                Integer first = firstSelected.putIfAbsent(cluster, a);
                if (first != null) {
                    sets.union(first, a);
                }
            }
        });
        List<String> warnings = new ArrayList<>();
        if (rules.keepsRelated()) {
            joinRelated(store.relations(), number, sets, rules.keepRelatedUpTo(), ids, warnings);
        }
        Map<Integer, String> smallest = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (sets.size(i) > 1) {
                smallest.merge(sets.find(i), ids.get(i), (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
        }
        Map<String, String> groupOf = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (sets.size(i) > 1) {
                groupOf.put(ids.get(i), smallest.get(sets.find(i)));
            }
        }
        return new SplitGroups(groupOf, List.copyOf(warnings));
    }

    private static void joinRelated(List<DocumentRelation> relations, Map<String, Integer> number, Sets sets, int limit,
            List<String> ids, List<String> warnings) {
        List<DocumentRelation> related = new ArrayList<>();
        for (DocumentRelation r : relations) {
            if (r.relation() == Relation.RELATED && number.containsKey(r.first()) && number.containsKey(r.second())) {
                related.add(r);
            }
        }
        related.sort(Comparator.comparingDouble(DocumentRelation::similarity).reversed()
                .thenComparing(DocumentRelation::first).thenComparing(DocumentRelation::second));
        int leftApart = 0;
        Set<Integer> full = new java.util.HashSet<>();
        for (DocumentRelation r : related) {
            int a = sets.find(number.get(r.first()));
            int b = sets.find(number.get(r.second()));
            if (a == b) {
                continue;
            }
            if (sets.size(a) + sets.size(b) > limit) {
                leftApart++;
                full.add(a);
                full.add(b);
                continue;
            }
            sets.union(a, b);
        }
        if (leftApart > 0) {
            Map<Integer, String> name = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                name.merge(sets.find(i), ids.get(i), (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
            List<Integer> largest = full.stream().map(sets::find).distinct()
                    .sorted(Comparator.comparingInt(sets::size).reversed().thenComparing(name::get)).limit(5).toList();
            StringBuilder names = new StringBuilder();
            for (int root : largest) {
                names.append(names.isEmpty() ? "" : ", ").append(name.get(root)).append(" (").append(sets.size(root))
                        .append(" documents)");
            }
            warnings.add(leftApart + " related pairs were left in different splits to keep groups of related documents"
                    + " at " + limit + " documents or fewer; the largest groups: " + names
                    + ". Their stories may straddle splits; raise the limit to keep more of them together.");
        }
    }

    /** Union-find over document numbers with group sizes. */
    private static final class Sets {
        private final int[] parent;
        private final int[] size;

        Sets(int n) {
            parent = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        int size(int x) {
            return size[find(x)];
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                if (size[ra] < size[rb]) {
                    int t = ra;
                    ra = rb;
                    rb = t;
                }
                parent[rb] = ra;
                size[ra] += size[rb];
            }
        }
    }
}
