package aurum.corpus.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The one-permutation signatures of {@link MinHasher} estimate the Jaccard similarity of the two shingle
 * sets as the independent-hash MinHash they replaced did: close on average, with the spread of 128
 * samples, for long texts, short texts (most bins empty, filled by densification) and pairs in between.
 */
class OnePermutationEstimateTest {

    private static final DedupSettings SETTINGS = DedupSettings.DEFAULT;
    private final MinHasher hasher = new MinHasher(SETTINGS);

    @Test
    void estimatesFollowTheExactJaccardSimilarity() {
        Random random = new Random(7);
        double sumError = 0;
        double worst = 0;
        int pairs = 0;
        for (int shared = 0; shared <= 10; shared++) {
            for (int trial = 0; trial < 5; trial++) {
                List<String> common = SyntheticText.paragraphs(random, shared);
                List<String> a = new ArrayList<>(common);
                List<String> b = new ArrayList<>(common);
                a.addAll(SyntheticText.paragraphs(random, 10 - shared));
                b.addAll(SyntheticText.paragraphs(random, 10 - shared));
                String ta = String.join("\n\n", a);
                String tb = String.join("\n\n", b);
                double exact = exactJaccard(ta, tb);
                double estimate = hasher.sign(ta).similarity(hasher.sign(tb));
                sumError += estimate - exact;
                worst = Math.max(worst, Math.abs(estimate - exact));
                pairs++;
            }
        }
        // 128 samples: standard error at most 0.044; the mean error over 55 pairs stays far smaller
        assertTrue(Math.abs(sumError / pairs) < 0.02, "mean error " + sumError / pairs);
        assertTrue(worst < 0.16, "worst error " + worst);
    }

    @Test
    void shortTextsFillEmptyBinsTheSameWayForEqualShingles() {
        Signature one = hasher.sign("Antony Blinken met officials in Tokyo.");
        Signature same = hasher.sign("ANTONY  BLINKEN met officials in Tokyo!");
        Signature other = hasher.sign("Hypersonic weapons were tested again.");
        assertEquals(1.0, one.similarity(same));
        assertTrue(one.similarity(other) < 0.05, "unrelated short texts " + one.similarity(other));
        assertTrue(!one.isEmpty() && !other.isEmpty());
    }

    @Test
    void aTextWithoutWordsHasTheEmptySignature() {
        assertTrue(hasher.sign(" ... \u2014 ").isEmpty());
    }

    private static double exactJaccard(String a, String b) {
        Set<Long> sa = set(MinHasher.shingles(TextNormalizer.words(a), SETTINGS.shingleSize()));
        Set<Long> sb = set(MinHasher.shingles(TextNormalizer.words(b), SETTINGS.shingleSize()));
        Set<Long> union = new HashSet<>(sa);
        union.addAll(sb);
        sa.retainAll(sb);
        return (double) sa.size() / union.size();
    }

    private static Set<Long> set(long[] values) {
        Set<Long> set = new HashSet<>();
        for (long v : values) {
            set.add(v);
        }
        return set;
    }
}
