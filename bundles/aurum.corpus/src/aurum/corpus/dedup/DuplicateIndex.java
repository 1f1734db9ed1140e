package aurum.corpus.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus-wide, incremental near-duplicate index. Import adds each new document's stored signature;
 * the index looks only at documents sharing an LSH bucket with it (never at all pairs), checks their
 * estimated similarity against the two thresholds, and links them into clusters with union-find. Old
 * signatures are never recomputed: reopening a corpus re-adds the stored signatures in import order,
 * which reproduces the same pairs and clusters.
 *
 * <p>Limits: only overlap of wording is measured. Two independent rewrites of one wire story (sample
 * 000/002) share facts but few word sequences; {@link RelatedFinder} finds those by vocabulary. A bucket of many identical documents is compared pairwise (quadratic in its size).
 * Not thread-safe; callers serialize additions.
 */
public final class DuplicateIndex {

    private final DedupSettings settings;
    private final BandTable[] bands;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private Signature[] signatures = new Signature[16];
    private final DisjointSets nearDuplicates = new DisjointSets();
    private final DisjointSets related = new DisjointSets();

    public DuplicateIndex(DedupSettings settings) {
        this.settings = settings;
        this.bands = new BandTable[settings.bands()];
        for (int b = 0; b < bands.length; b++) {
            bands[b] = new BandTable(b * settings.rows(), settings.rows());
        }
    }

    /**
     * Adds a document and returns its pairs with earlier documents at or above the related threshold,
     * most similar first. Empty signatures are kept (so ids stay known) but pair with nothing.
     */
    public List<SimilarPair> add(String id, Signature signature) {
        if (signature.length() != settings.hashCount()) {
            throw new IllegalArgumentException("signature made with other settings: " + id);
        }
        if (numbers.putIfAbsent(id, ids.size()) != null) {
            throw new IllegalArgumentException("already indexed: " + id);
        }
        int doc = ids.size();
        ids.add(id);
        nearDuplicates.add();
        related.add();
        if (doc == signatures.length) {
            signatures = Arrays.copyOf(signatures, doc * 2);
        }
        signatures[doc] = signature;
        List<SimilarPair> found = new ArrayList<>();
        if (!signature.isEmpty()) {
            BitSet seen = new BitSet(doc);
            for (BandTable band : bands) {
                band.addAndVisit(doc, signature, signatures, other -> {
                    if (!seen.get(other)) {
                        seen.set(other);
                        check(other, doc, found);
                    }
                });
            }
        }
        found.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return List.copyOf(found);
    }

    private void check(int earlier, int doc, List<SimilarPair> found) {
        double s = signatures[earlier].similarity(signatures[doc]);
        if (s >= settings.related()) {
            Relation relation = s >= settings.nearDuplicate() ? Relation.NEAR_DUPLICATE : Relation.RELATED;
            found.add(new SimilarPair(ids.get(earlier), ids.get(doc), s, relation));
            related.union(earlier, doc);
            if (relation == Relation.NEAR_DUPLICATE) {
                nearDuplicates.union(earlier, doc);
            }
        }
    }

    /**
     * Clusters of two or more documents: for {@link Relation#NEAR_DUPLICATE} linked by near-duplicate
     * pairs, for {@link Relation#RELATED} by pairs of either kind. Members and clusters are in import
     * order, so the first member is the one imported first.
     */
    public List<List<String>> clusters(Relation relation) {
        DisjointSets sets = relation == Relation.NEAR_DUPLICATE ? nearDuplicates : related;
        Map<Integer, List<String>> byRoot = new LinkedHashMap<>();
        for (int doc = 0; doc < ids.size(); doc++) {
            byRoot.computeIfAbsent(sets.find(doc), r -> new ArrayList<>()).add(ids.get(doc));
        }
        return byRoot.values().stream().filter(c -> c.size() > 1).map(List::copyOf).toList();
    }

    /** The estimated similarity of two indexed documents, whether or not they were candidates. */
    public double similarity(String a, String b) {
        return signatures[number(a)].similarity(signatures[number(b)]);
    }

    public int size() {
        return ids.size();
    }

    public DedupSettings settings() {
        return settings;
    }

    private int number(String id) {
        Integer n = numbers.get(id);
        if (n == null) {
            throw new IllegalArgumentException("not indexed: " + id);
        }
        return n;
    }
}
