package aurum.corpus.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link RelatedFinder} against a plain reference: the TF-IDF cosine written out from the formula of its
 * Javadoc, over documents made of random term counts. The finder keeps no weight vectors and recomputes
 * weights for shared terms only, so this checks it still computes exactly that cosine.
 */
class RelatedFinderTest {

    private static final int DOCUMENTS = 120;

    @Test
    void similarityIsTheTfIdfCosineOfTheDocumentedWeights() {
        List<ContentTerms.Counts> documents = randomDocuments(new Random(7));
        RelatedFinder finder = finderOf(documents);
        Map<Integer, Integer> df = documentFrequencies(documents);
        int compared = 0;
        for (int a = 0; a < DOCUMENTS; a += 7) {
            for (int b = a + 1; b < DOCUMENTS; b += 5) {
                double expected = referenceCosine(documents.get(a), documents.get(b), df, DOCUMENTS);
                assertEquals(expected, finder.similarity(id(a), id(b)), 1e-12, id(a) + "/" + id(b));
                compared++;
            }
        }
        assertTrue(compared > 100, "pairs compared: " + compared);
    }

    @Test
    void pairsAreTheCandidatesAtOrAboveTheThresholdWithTheirCosine() {
        List<ContentTerms.Counts> documents = randomDocuments(new Random(11));
        // copy part of document 3's vocabulary into document 90: a related pair the random rest is not
        documents.set(90, overlap(documents.get(3), documents.get(90)));
        RelatedFinder finder = finderOf(documents);
        Map<Integer, Integer> df = documentFrequencies(documents);
        List<SimilarPair> pairs = finder.pairs();
        assertTrue(pairs.stream().anyMatch(p -> p.first().equals(id(3)) && p.second().equals(id(90))), pairs.toString());
        for (SimilarPair p : pairs) {
            int a = Integer.parseInt(p.first().substring(1));
            int b = Integer.parseInt(p.second().substring(1));
            assertTrue(a < b, "pairs are ordered by index of addition: " + p);
            double expected = referenceCosine(documents.get(a), documents.get(b), df, DOCUMENTS);
            assertEquals(expected, p.similarity(), 1e-12, p.toString());
            assertTrue(p.similarity() >= RelatedFinder.RELATED, p.toString());
            assertEquals(Relation.RELATED, p.relation());
        }
    }

    private static RelatedFinder finderOf(List<ContentTerms.Counts> documents) {
        RelatedFinder finder = new RelatedFinder();
        for (int i = 0; i < documents.size(); i++) {
            finder.add(id(i), documents.get(i));
        }
        return finder;
    }

    private static String id(int i) {
        return String.format("d%03d", i);
    }

    /** 40–80 distinct terms per document out of 3,000, a few frequent across documents, counts 1–6. */
    private static List<ContentTerms.Counts> randomDocuments(Random random) {
        List<ContentTerms.Counts> documents = new ArrayList<>();
        for (int d = 0; d < DOCUMENTS; d++) {
            TreeMap<Integer, Integer> counts = new TreeMap<>();
            int size = 40 + random.nextInt(41);
            while (counts.size() < size) {
                int term = random.nextInt(10) < 3 ? 1 + random.nextInt(30) : 1 + random.nextInt(3000);
                counts.merge(term * 2_654_435 - 7, 1 + random.nextInt(6), Integer::sum);
            }
            documents.add(counts(counts));
        }
        return documents;
    }

    /** {@code target} with half of {@code source}'s terms added at their counts. */
    private static ContentTerms.Counts overlap(ContentTerms.Counts source, ContentTerms.Counts target) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int i = 0; i < target.terms().length; i++) {
            counts.put(target.terms()[i], target.counts()[i]);
        }
        for (int i = 0; i < source.terms().length; i += 2) {
            counts.merge(source.terms()[i], source.counts()[i], Integer::sum);
        }
        return counts(counts);
    }

    private static ContentTerms.Counts counts(TreeMap<Integer, Integer> sorted) {
        int[] terms = sorted.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] counts = sorted.values().stream().mapToInt(Integer::intValue).toArray();
        return new ContentTerms.Counts(terms, counts);
    }

    private static Map<Integer, Integer> documentFrequencies(List<ContentTerms.Counts> documents) {
        Map<Integer, Integer> df = new HashMap<>();
        for (ContentTerms.Counts d : documents) {
            for (int t : d.terms()) {
                df.merge(t, 1, Integer::sum);
            }
        }
        return df;
    }

    /** The cosine of the vectors with weight (1 + ln tf) * ln(N / df) per term, as the Javadoc defines it. */
    private static double referenceCosine(ContentTerms.Counts a, ContentTerms.Counts b, Map<Integer, Integer> df, int n) {
        Map<Integer, Double> wa = weights(a, df, n);
        Map<Integer, Double> wb = weights(b, df, n);
        Set<Integer> shared = wa.keySet().stream().filter(wb::containsKey).collect(Collectors.toSet());
        double dot = shared.stream().mapToDouble(t -> wa.get(t) * wb.get(t)).sum();
        double norm = Math.sqrt(wa.values().stream().mapToDouble(w -> w * w).sum())
                * Math.sqrt(wb.values().stream().mapToDouble(w -> w * w).sum());
        return norm == 0 ? 0 : dot / norm;
    }

    private static Map<Integer, Double> weights(ContentTerms.Counts d, Map<Integer, Integer> df, int n) {
        Map<Integer, Double> w = new HashMap<>();
        for (int i = 0; i < d.terms().length; i++) {
            w.put(d.terms()[i], (1 + Math.log(d.counts()[i])) * Math.log((double) n / df.get(d.terms()[i])));
        }
        return w;
    }
}
