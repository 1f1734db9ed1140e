package aurum.corpus.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Behaviour of the incremental index on synthetic texts. */
class DuplicateIndexTest {

    private static final DedupSettings SETTINGS = DedupSettings.DEFAULT;
    private final SignatureFactory factory = new SignatureFactory(SETTINGS);

    @Test
    void exactCopyIsNearDuplicateWithSimilarityOne() {
        String text = SyntheticText.article(new Random(1), 10);
        DuplicateIndex index = new DuplicateIndex(SETTINGS);
        index.add("a", factory.sign(text));
        List<SimilarPair> pairs = index.add("b", factory.sign(text));
        assertEquals(List.of(new SimilarPair("a", "b", 1.0, Relation.NEAR_DUPLICATE)), pairs);
    }

    @Test
    void oneParagraphInTenChangedIsStillNearDuplicate() {
        Random random = new Random(2);
        List<String> paragraphs = SyntheticText.paragraphs(random, 10);
        List<String> edited = new ArrayList<>(paragraphs);
        edited.set(4, SyntheticText.paragraph(random));
        DuplicateIndex index = new DuplicateIndex(SETTINGS);
        index.add("a", factory.sign(String.join("\n\n", paragraphs)));
        List<SimilarPair> pairs = index.add("b", factory.sign(String.join("\n\n", edited)));
        assertEquals(1, pairs.size());
        assertEquals(Relation.NEAR_DUPLICATE, pairs.get(0).relation());
        assertTrue(pairs.get(0).similarity() > 0.7, pairs::toString);
    }

    @Test
    void halfTheParagraphsSharedIsRelatedNotNearDuplicate() {
        Random random = new Random(3);
        List<String> shared = SyntheticText.paragraphs(random, 6);
        String a = String.join("\n\n", shared) + "\n\n" + String.join("\n\n", SyntheticText.paragraphs(random, 6));
        String b = String.join("\n\n", shared) + "\n\n" + String.join("\n\n", SyntheticText.paragraphs(random, 6));
        DuplicateIndex index = new DuplicateIndex(SETTINGS);
        index.add("a", factory.sign(a));
        List<SimilarPair> pairs = index.add("b", factory.sign(b));
        assertEquals(1, pairs.size());
        assertEquals(Relation.RELATED, pairs.get(0).relation());
        assertEquals(List.of(), index.clusters(Relation.NEAR_DUPLICATE));
        assertEquals(List.of(List.of("a", "b")), index.clusters(Relation.RELATED));
    }

    @Test
    void unrelatedTextsPairWithNothing() {
        Random random = new Random(4);
        DuplicateIndex index = new DuplicateIndex(SETTINGS);
        for (int i = 0; i < 50; i++) {
            assertEquals(List.of(), index.add("d" + i, factory.sign(SyntheticText.article(random, 8))));
        }
        assertEquals(List.of(), index.clusters(Relation.RELATED));
    }

    @Test
    void veryShortTextsMatchOnlyWhenEqual() {
        DuplicateIndex index = new DuplicateIndex(SETTINGS);
        index.add("yes", factory.sign("Yes."));
        index.add("no", factory.sign("No."));
        List<SimilarPair> pairs = index.add("YES", factory.sign("  YES "));
        assertEquals(List.of(new SimilarPair("yes", "YES", 1.0, Relation.NEAR_DUPLICATE)), pairs);
        assertEquals(0.0, index.similarity("yes", "no"));
    }

    @Test
    void emptyTextsAreIndexedButSimilarToNothing() {
        DuplicateIndex index = new DuplicateIndex(SETTINGS);
        Signature empty = factory.sign("");
        assertTrue(empty.isEmpty());
        assertTrue(factory.sign(" \u00a0\r\n.,;").isEmpty());
        index.add("e1", empty);
        assertEquals(List.of(), index.add("e2", empty));
        assertEquals(2, index.size());
        assertEquals(0.0, index.similarity("e1", "e2"));
    }

    @Test
    void reopeningFromStoredSignaturesReproducesPairsAndClusters() {
        Random random = new Random(5);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            texts.add(i % 7 == 3 ? texts.get(i / 2) + " Updated." : SyntheticText.article(random, 5));
        }
        List<Signature> stored = texts.stream().map(factory::sign).toList();
        DuplicateIndex once = new DuplicateIndex(SETTINGS);
        List<SimilarPair> oncePairs = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            oncePairs.addAll(once.add("d" + i, stored.get(i)));
        }
        DuplicateIndex reopened = new DuplicateIndex(SETTINGS);
        List<SimilarPair> reopenedPairs = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            reopenedPairs.addAll(reopened.add("d" + i, Signature.fromBase64(stored.get(i).toBase64())));
        }
        assertEquals(oncePairs, reopenedPairs);
        assertEquals(once.clusters(Relation.NEAR_DUPLICATE), reopened.clusters(Relation.NEAR_DUPLICATE));
        assertEquals(43, once.clusters(Relation.NEAR_DUPLICATE).stream().mapToInt(c -> c.size() - 1).sum());
    }

    @Test
    void clustersChainThroughSharedMembers() {
        String text = SyntheticText.article(new Random(6), 10);
        DuplicateIndex index = new DuplicateIndex(SETTINGS);
        index.add("x", factory.sign(SyntheticText.article(new Random(7), 10)));
        index.add("a", factory.sign(text));
        index.add("b", factory.sign(text + " One more sentence at the end."));
        index.add("c", factory.sign("Breaking. " + text));
        assertEquals(List.of(List.of("a", "b", "c")), index.clusters(Relation.NEAR_DUPLICATE));
    }

    @Test
    void rejectsDuplicateIdsAndForeignSignatures() {
        DuplicateIndex index = new DuplicateIndex(SETTINGS);
        index.add("a", factory.sign("some text here"));
        assertThrows(IllegalArgumentException.class, () -> index.add("a", factory.sign("other")));
        assertThrows(IllegalArgumentException.class, () -> index.add("b", new Signature(new int[8])));
    }

    @Test
    void stockParagraphsInEveryDocumentDoNotMakeTheIndexQuadraticAndCopiesAreStillFound() {
        Random random = new Random(11);
        List<String> stock = SyntheticText.paragraphs(random, 2); // the same sign-off paragraphs in every document
        int n = 2000;
        List<Signature> signatures = new ArrayList<>();
        String original = null;
        for (int i = 0; i < n - 1; i++) {
            String text = String.join("\n\n", stock) + "\n\n" + SyntheticText.article(random, 8);
            signatures.add(factory.sign(text));
            if (i == n / 2) {
                original = text;
            }
        }
        signatures.add(factory.sign(original + "\n\nOne more line at the end.")); // long after the stock buckets filled
        DuplicateIndex capped = new DuplicateIndex(SETTINGS);
        DuplicateIndex unbounded = new DuplicateIndex(SETTINGS, Integer.MAX_VALUE, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            capped.add("d" + i, signatures.get(i));
            unbounded.add("d" + i, signatures.get(i));
        }
        // the stock paragraphs put most documents into the same few buckets: without the cap every newcomer is
        // compared with all earlier documents there; with it, with at most MAX_BUCKET of them per bucket
        assertTrue(unbounded.comparisons() > 5 * capped.comparisons(),
                () -> unbounded.comparisons() + " vs " + capped.comparisons());
        assertTrue(capped.comparisons() < (long) n * 2 * DuplicateIndex.MAX_BUCKET, () -> "" + capped.comparisons());
        List<List<String>> expected = List.of(List.of("d" + n / 2, "d" + (n - 1)));
        assertEquals(expected, unbounded.clusters(Relation.NEAR_DUPLICATE));
        assertEquals(expected, capped.clusters(Relation.NEAR_DUPLICATE));
    }

    @Test
    void hundredsOfCopiesOfOneTextShareOneClusterDespiteFullBuckets() {
        String text = SyntheticText.article(new Random(12), 10);
        DuplicateIndex index = new DuplicateIndex(SETTINGS);
        int copies = 300;
        for (int i = 0; i < copies; i++) {
            index.add(String.format("c%03d", i), factory.sign(text + " Update " + i + "."));
        }
        List<List<String>> clusters = index.clusters(Relation.NEAR_DUPLICATE);
        assertEquals(1, clusters.size());
        assertEquals(copies, clusters.get(0).size());
        // each copy after the first MAX_BUCKET is compared with the kept members only
        assertTrue(index.comparisons() <= (long) copies * DuplicateIndex.MAX_BUCKET, () -> "" + index.comparisons());
    }

    @Test
    void theByteFilterKeepsEveryPairAtTheThresholdAndTheExactValuesDecide() {
        Random random = new Random(13);
        int[] base = new int[128];
        for (int i = 0; i < base.length; i++) {
            base[i] = random.nextInt() & 0x7ffffffe;
        }
        int needed = (int) Math.ceil(SETTINGS.related() * 128); // 26 agreeing values: 0.203
        DuplicateIndex index = new DuplicateIndex(SETTINGS);
        index.add("base", new Signature(base));
        // agrees on exactly `needed` values (band 0 among them, so the pair is a candidate)
        List<SimilarPair> atThreshold = index.add("at", new Signature(differingAfter(base, needed, random, false)));
        assertEquals(List.of(new SimilarPair("base", "at", needed / 128.0, Relation.RELATED)), atThreshold);
        // one agreeing value fewer: below the threshold
        assertEquals(List.of(), index.add("below", new Signature(differingAfter(base, needed - 1, random, false))));
        // every byte the filter reads agrees, but the values beyond the first two do not: not a pair
        assertEquals(List.of(), index.add("bytes", new Signature(differingAfter(base, 2, random, true))));
    }

    /** {@code base} with the values from {@code from} on changed; {@code sameByte}: only outside bits 1-8. */
    private static int[] differingAfter(int[] base, int from, Random random, boolean sameByte) {
        int[] values = base.clone();
        for (int i = from; i < values.length; i++) {
            values[i] = sameByte ? values[i] ^ (1 << (9 + random.nextInt(21)))
                    : (values[i] + 2 + 2 * random.nextInt(1 << 29)) & 0x7ffffffe;
        }
        return values;
    }
}
