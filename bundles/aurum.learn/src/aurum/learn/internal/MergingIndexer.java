package aurum.learn.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The training events as the maximum-entropy trainer reads them, indexed as OpenNLP's one-pass indexer
 * does (features seen fewer than {@code cutoff} times dropped, an event left with no feature dropped,
 * identical events merged and counted, features numbered in the order first seen, events sorted by
 * outcome and features) with plain hash maps and int arrays: it merges by hashing instead of sorting
 * every event and boxes no counts, and so takes less than half the time (docs/PERFORMANCE.md).
 */
final class MergingIndexer implements DataIndexer {

    private int[][] contexts;
    private int[] outcomeList;
    private int[] numTimesEventsSeen;
    private String[] predLabels;
    private int[] predCounts;
    private String[] outcomeLabels;
    private int numEvents;

    /** An unmerged event's feature indexes and outcome, as a hash key. */
    private record Key(int outcome, int[] features) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.outcome == outcome && Arrays.equals(k.features, features);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(features) + outcome;
        }
    }

    /** Indexes {@code events}, keeping the features seen at least {@code cutoff} times. */
    static MergingIndexer of(List<Event> events, int cutoff) {
        MergingIndexer indexer = new MergingIndexer();
        indexer.build(events, cutoff);
        return indexer;
    }

    private MergingIndexer() {
    }

    private void build(List<Event> events, int cutoff) {
        Map<String, int[]> counts = new HashMap<>();
        for (Event e : events) {
            for (String feature : e.getContext()) {
                int[] c = counts.get(feature);
                if (c == null) {
                    counts.put(feature, new int[] {1});
                } else {
                    c[0]++;
                }
            }
        }
        // features numbered in the order they are first seen, as OpenNLP numbers them: the trainer's
        // parameters of features that occur together then lie close in memory (measured: hash order made
        // each training iteration twice as slow)
        Map<String, Integer> featureIndex = new HashMap<>();
        int[] kept = new int[counts.size()];
        String[] keptLabels = new String[counts.size()];
        for (Event e : events) {
            for (String feature : e.getContext()) {
                int[] c = counts.get(feature);
                if (c[0] >= cutoff && !featureIndex.containsKey(feature)) {
                    kept[featureIndex.size()] = c[0];
                    keptLabels[featureIndex.size()] = feature;
                    featureIndex.put(feature, featureIndex.size());
                }
            }
        }
        counts = null;
        predCounts = Arrays.copyOf(kept, featureIndex.size());
        predLabels = Arrays.copyOf(keptLabels, featureIndex.size());

        Map<String, Integer> outcomeIndex = new LinkedHashMap<>();
        Map<Key, Integer> merged = new HashMap<>();
        int[][] uniqueContexts = new int[events.size()][];
        int[] uniqueOutcomes = new int[events.size()];
        int[] seen = new int[events.size()];
        int[] buffer = new int[64];
        for (Event e : events) {
            int outcome = outcomeIndex.computeIfAbsent(e.getOutcome(), o -> outcomeIndex.size());
            String[] context = e.getContext();
            if (buffer.length < context.length) {
                buffer = new int[context.length];
            }
            int n = 0;
            for (String feature : context) {
                Integer i = featureIndex.get(feature);
                if (i != null) {
                    buffer[n++] = i;
                }
            }
            if (n == 0) {
                continue; // nothing left to learn from, as OpenNLP drops it
            }
            numEvents++;
            int[] features = Arrays.copyOf(buffer, n);
            Integer at = merged.putIfAbsent(new Key(outcome, features), merged.size());
            if (at == null) {
                int u = merged.size() - 1;
                uniqueContexts[u] = features;
                uniqueOutcomes[u] = outcome;
                seen[u] = 1;
            } else {
                seen[at]++;
            }
        }
        int unique = merged.size();
        // sorted by outcome, then features, as OpenNLP's indexer leaves them (the trainer's memory access
        // follows this order)
        Integer[] order = new Integer[unique];
        for (int i = 0; i < unique; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> uniqueOutcomes[a] != uniqueOutcomes[b]
                ? Integer.compare(uniqueOutcomes[a], uniqueOutcomes[b])
                : Arrays.compare(uniqueContexts[a], uniqueContexts[b]));
        contexts = new int[unique][];
        outcomeList = new int[unique];
        numTimesEventsSeen = new int[unique];
        for (int i = 0; i < unique; i++) {
            contexts[i] = uniqueContexts[order[i]];
            outcomeList[i] = uniqueOutcomes[order[i]];
            numTimesEventsSeen[i] = seen[order[i]];
        }
        outcomeLabels = outcomeIndex.keySet().toArray(String[]::new);
    }

    @Override
    public int[][] getContexts() {
        return contexts;
    }

    @Override
    public int[] getNumTimesEventsSeen() {
        return numTimesEventsSeen;
    }

    @Override
    public int[] getOutcomeList() {
        return outcomeList;
    }

    @Override
    public String[] getPredLabels() {
        return predLabels;
    }

    @Override
    public int[] getPredCounts() {
        return predCounts;
    }

    @Override
    public String[] getOutcomeLabels() {
        return outcomeLabels;
    }

    /** No feature values: every feature is binary. */
    @Override
    public float[][] getValues() {
        return null;
    }

    /** Events indexed (those left with a feature), before identical ones were merged. */
    @Override
    public int getNumEvents() {
        return numEvents;
    }

    /** Settings come with {@link #of}. */
    @Override
    public void init(TrainingParameters parameters, Map<String, String> reportMap) {
    }

    /**
     * Not used: the events come with {@link #of}.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public void index(ObjectStream<Event> events) {
        throw new UnsupportedOperationException("MergingIndexer.of(events, cutoff) indexes");
    }
}
