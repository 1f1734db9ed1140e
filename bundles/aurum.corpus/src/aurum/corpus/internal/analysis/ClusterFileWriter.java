package aurum.corpus.internal.analysis;

import aurum.corpus.dedup.DedupSettings;
import aurum.corpus.dedup.DisjointSets;
import aurum.corpus.dedup.RelatedIndex;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Writes {@code clusters.json} (docs/FORMAT.md) from a {@link CorpusAnalysis} as a stream: a header line
 * naming what the analysis covered, one near-duplicate cluster per line, then one relation per line, each
 * sorted by id. Pairs are held as one {@code long} each (the two documents' ranks in id order) while
 * sorted, never as strings or objects, so memory stays a constant per document (at most
 * {@link RelatedIndex#NEIGHBOURS} pairs per document), and nothing is built as one string.
 */
public final class ClusterFileWriter {

    /** How many documents are in clusters, how many clusters, the largest, and the related pairs written. */
    public record Summary(int clusteredDocuments, int clusters, int largestCluster, int relatedPairs,
            int nearDuplicatePairs) {
    }

    private ClusterFileWriter() {
    }

    /** Writes the file; its header records the {@link CorpusDigest} of the documents the analysis covers. */
    public static Summary write(CorpusAnalysis a, Writer out) throws IOException {
        int n = a.size();
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing(a.ids::get));
        int[] byRank = new int[n];
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            byRank[r] = order[r];
            rank[order[r]] = r;
        }
        order = null;
        String digest = CorpusDigest.of(a, byRank);
        CorpusAnalysis.NearDuplicatePairs near = a.nearDuplicates;
        Map<Long, Float> nearSimilarity = new HashMap<>();
        DisjointSets sets = new DisjointSets();
        for (int i = 0; i < n; i++) {
            sets.add();
        }
        for (int i = 0; i < near.size; i++) {
            nearSimilarity.put(key(rank[near.first[i]], rank[near.second[i]]), near.similarity[i]);
            sets.union(rank[near.first[i]], rank[near.second[i]]);
        }
        // clusters in rank order: members ascending, clusters by their smallest member
        Map<Integer, List<Integer>> members = new HashMap<>();
        List<List<Integer>> clusters = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int root = sets.find(r);
            List<Integer> cluster = members.get(root);
            if (cluster == null) {
                cluster = new ArrayList<>(2);
                members.put(root, cluster);
                clusters.add(cluster);
            }
            cluster.add(r);
        }
        members.clear();
        clusters.removeIf(c -> c.size() < 2);
        long[] pairs = pairs(a, rank, nearSimilarity);
        int largest = clusters.stream().mapToInt(List::size).max().orElse(0);
        out.write("{\"formatVersion\":1,\"documents\":" + n + ",\"corpusDigest\":\"" + digest
                + "\",\"nearDuplicate\":" + DedupSettings.DEFAULT.nearDuplicate() + ",\"related\":{\"threshold\":"
                + a.related.threshold() + ",\"neighbours\":" + a.related.neighbours() + "},\"nearDuplicateClusters\":[\n");
        for (int c = 0; c < clusters.size(); c++) {
            out.write('[');
            List<Integer> cluster = clusters.get(c);
            for (int m = 0; m < cluster.size(); m++) {
                out.write(m == 0 ? "\"" : ",\"");
                out.write(a.ids.get(byRank[cluster.get(m)]));
                out.write('"');
            }
            out.write(c + 1 < clusters.size() ? "],\n" : "]\n");
        }
        out.write("],\"relations\":[\n");
        int related = 0;
        for (int p = 0; p < pairs.length; p++) {
            int first = byRank[(int) (pairs[p] >>> 32)];
            int second = byRank[(int) pairs[p]];
            Float s = nearSimilarity.get(pairs[p]);
            boolean nearDuplicate = s != null;
            related += nearDuplicate ? 0 : 1;
            double similarity = nearDuplicate ? s : score(a.related, first, second);
            out.write("{\"first\":\"" + a.ids.get(first) + "\",\"second\":\"" + a.ids.get(second)
                    + "\",\"relation\":\"" + (nearDuplicate ? "NEAR_DUPLICATE" : "RELATED") + "\",\"similarity\":"
                    + Math.round(similarity * 10000) / 10000.0 + (p + 1 < pairs.length ? "},\n" : "}\n"));
        }
        out.write("]}\n");
        int clustered = clusters.stream().mapToInt(List::size).sum();
        return new Summary(clustered, clusters.size(), largest, related, nearSimilarity.size());
    }

    /** Every near-duplicate pair and every pair in a neighbour list, once, as sorted rank pairs. */
    private static long[] pairs(CorpusAnalysis a, int[] rank, Map<Long, Float> nearSimilarity) {
        int n = a.size();
        long[] pairs = new long[nearSimilarity.size() + n * a.related.neighbours()];
        int count = 0;
        for (long key : nearSimilarity.keySet()) {
            pairs[count++] = key;
        }
        for (int doc = 0; doc < n; doc++) {
            for (int i = 0; i < a.related.neighbourCount(doc); i++) {
                pairs[count++] = key(rank[doc], rank[a.related.neighbour(doc, i)]);
            }
        }
        Arrays.sort(pairs, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || pairs[i] != pairs[distinct - 1]) {
                pairs[distinct++] = pairs[i];
            }
        }
        return Arrays.copyOf(pairs, distinct);
    }

    /** The similarity of two related documents, from either's neighbour list. */
    private static double score(RelatedIndex related, int a, int b) {
        for (int i = 0; i < related.neighbourCount(a); i++) {
            if (related.neighbour(a, i) == b) {
                return related.score(a, i);
            }
        }
        for (int i = 0; i < related.neighbourCount(b); i++) {
            if (related.neighbour(b, i) == a) {
                return related.score(b, i);
            }
        }
        throw new IllegalStateException("not related: " + a + ", " + b);
    }

    private static long key(int rankA, int rankB) {
        return (long) Math.min(rankA, rankB) << 32 | Math.max(rankA, rankB);
    }
}
