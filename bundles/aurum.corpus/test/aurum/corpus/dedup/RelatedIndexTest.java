package aurum.corpus.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The related relation is bounded (top k above a threshold), symmetric in its scores, and incremental. */
class RelatedIndexTest {

    /** A story per group of {@code size} documents: shared story terms plus each document's own. */
    private static List<KeyTerms> stories(int documents, int size, long seed) {
        Random random = new Random(seed);
        List<KeyTerms> keys = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            int story = d / size;
            java.util.TreeMap<Integer, Float> terms = new java.util.TreeMap<>();
            for (int t = 0; t < 6; t++) {
                terms.put(1_000_000 + story * 10 + t, 1f);
            }
            terms.put(7, 1f); // a topic word every document has
            while (terms.size() < KeyTerms.MAX) {
                terms.put(random.nextInt(900_000), 0.3f);
            }
            double norm = Math.sqrt(terms.values().stream().mapToDouble(w -> w * w).sum());
            int[] t = terms.keySet().stream().mapToInt(Integer::intValue).toArray();
            float[] w = new float[t.length];
            int i = 0;
            for (float v : terms.values()) {
                w[i++] = (float) (v / norm);
            }
            keys.add(new KeyTerms(t, w));
        }
        return keys;
    }

    private static String lists(RelatedIndex index) {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < index.size(); d++) {
            sb.append(d).append(':');
            for (int i = 0; i < index.neighbourCount(d); i++) {
                sb.append(' ').append(index.neighbour(d, i)).append('=').append(index.score(d, i));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void everyDocumentListsItsStoryAndNothingElse() {
        RelatedIndex index = new RelatedIndex(5, 0.25, 400);
        stories(60, 4, 1).forEach(index::add);
        index.linkAll(2);
        for (int d = 0; d < 60; d++) {
            assertEquals(3, index.neighbourCount(d), lists(index));
            for (int i = 0; i < 3; i++) {
                assertEquals(d / 4, index.neighbour(d, i) / 4, lists(index));
                assertTrue(index.score(d, i) >= 0.25f);
            }
        }
    }

    @Test
    void aLargeStoryIsCutToTheTopKPerDocument() {
        RelatedIndex index = new RelatedIndex(5, 0.25, 400);
        stories(40, 40, 2).forEach(index::add);
        index.linkAll(1);
        long pairs = 0;
        for (int d = 0; d < 40; d++) {
            assertEquals(5, index.neighbourCount(d));
            pairs += index.neighbourCount(d);
            for (int i = 1; i < 5; i++) {
                assertTrue(index.score(d, i - 1) >= index.score(d, i));
            }
        }
        assertTrue(pairs <= 40 * 5, "bounded by k per document, not n^2");
    }

    @Test
    void aTermInMoreDocumentsThanThePostingCapIsIgnored() {
        // every document shares term 7; with a cap of 30 on 60 documents it names a topic and relates nothing
        RelatedIndex capped = new RelatedIndex(5, 0.05, 30);
        stories(60, 1, 3).forEach(capped::add);
        capped.linkAll(1);
        for (int d = 0; d < 60; d++) {
            assertEquals(0, capped.neighbourCount(d), lists(capped));
        }
        RelatedIndex uncapped = new RelatedIndex(5, 0.05, 100);
        stories(60, 1, 3).forEach(uncapped::add);
        uncapped.linkAll(1);
        assertEquals(5, uncapped.neighbourCount(0));
    }

    @Test
    void linkingAddedDocumentsGivesTheListsOfLinkingEverything() {
        List<KeyTerms> keys = stories(90, 3, 4);
        RelatedIndex all = new RelatedIndex(5, 0.25, 400);
        keys.forEach(all::add);
        all.linkAll(2);
        RelatedIndex grown = new RelatedIndex(5, 0.25, 400);
        keys.subList(0, 80).forEach(grown::add);
        grown.linkAll(1);
        keys.subList(80, 90).forEach(grown::add);
        grown.linkFrom(80);
        assertEquals(lists(all), lists(grown));
    }

    @Test
    void scoresAreTheSameFromBothSidesAndForAnyNumberOfThreads() {
        List<KeyTerms> keys = stories(300, 5, 5);
        RelatedIndex one = new RelatedIndex(5, 0.1, 400);
        RelatedIndex three = new RelatedIndex(5, 0.1, 400);
        keys.forEach(one::add);
        keys.forEach(three::add);
        one.linkAll(1);
        three.linkAll(3);
        assertEquals(lists(one), lists(three));
        for (int d = 0; d < 300; d++) {
            for (int i = 0; i < one.neighbourCount(d); i++) {
                int o = one.neighbour(d, i);
                assertEquals((float) keys.get(d).dot(keys.get(o)), one.score(d, i), 1e-6);
            }
        }
    }
}
