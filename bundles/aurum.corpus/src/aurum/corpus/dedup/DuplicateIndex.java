package aurum.corpus.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus-wide, incremental near-duplicate index. Each added document's signature is looked up
 * among the documents sharing an LSH bucket with it (never all pairs); their estimated similarity is
 * checked against the two thresholds (first on one byte per value, which rules out only pairs the full
 * values rule out too), and pairs are linked into clusters with union-find. The result depends on the
 * order of addition (see full buckets below); the corpus store adds documents in id order, so a corpus
 * always gives the same clusters.
 *
 * <p>Limits: only overlap of wording is measured. Two independent rewrites of one wire story (sample
 * 000/002) share facts but few word sequences; {@link RelatedIndex} finds those by vocabulary.
 *
 * <p><b>Full buckets.</b> A bucket keeps its first {@link #MAX_BUCKET} members only; a later document
 * sharing the bucket is compared with {@link #FULL_BUCKET_PROBES} of them (the last kept) and is not
 * added to it. So adding a document costs at most {@code bands * MAX_BUCKET} comparisons, and about
 * {@code FULL_BUCKET_PROBES} per full bucket it falls in, however the corpus looks. Without the cap the
 * index is quadratic on news: stock phrases (agency credits, standard sign-offs) that hold the smallest hashes
 * of a band in many documents put a tenth of a corpus in one bucket (1,139 of 10k generated documents),
 * and each newcomer was compared with all of them. What the cap gives up: a pair is missed only if
 * every bucket the two share was full before the earlier of them arrived, unless the earlier one is
 * among the probed members. A full bucket of unrelated documents carries no signal; a full bucket of
 * near-identical documents (many copies of one press release) keeps its first copies, which every later
 * copy is compared with, so the copies still land in one cluster (pairs among the later copies, and
 * with copies not probed, are not listed). A true near-duplicate pair (similarity &ge; 0.5) agrees on
 * 16 of the 64 bands on average, most of them buckets of its own.
 * Not thread-safe; callers serialize additions.
 */
public final class DuplicateIndex {

    /**
     * Members kept per LSH bucket. 64 is far above the size of any bucket that carries signal (copies of
     * one story come by the handful) and bounds the comparisons per added document at 64 &times; 64.
     */
    public static final int MAX_BUCKET = 64;

    /**
     * Members of a full bucket a later document is compared with. On the generated 100k corpus the
     * stock phrases fill many buckets: comparing each newcomer with all 64 members of each took 42M
     * comparisons and 27 s of CPU, with 8 members 15.6M and 12 s, with the same near-duplicate pairs.
     */
    public static final int FULL_BUCKET_PROBES = 8;

    private final DedupSettings settings;
    private final BandTable[] bands;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final DisjointSets nearDuplicates = new DisjointSets();
    private final DisjointSets related = new DisjointSets();
    /**
     * Every signature's values, {@code hashCount} per document by number: comparing and bucketing read
     * one array instead of one signature object per visited document (cache misses were most of the cost).
     */
    private int[] values = new int[0];
    /**
     * A byte of every value in {@link #values}, same layout: a pair is compared on these first (two
     * cache lines per signature instead of eight), and on the full values only when enough bytes agree to
     * reach the related threshold. Equal values have equal bytes, so this never drops a pair.
     */
    private byte[] lowBytes = new byte[0];
    /** Agreeing positions needed to reach the related threshold. */
    private final int relatedAgreements;
    /** Per earlier document, the number + 1 of the last document compared with it (one check per pair). */
    private int[] comparedWith = new int[16];
    private long comparisons;

    /** An empty index with buckets of at most {@link #MAX_BUCKET} members. */
    public DuplicateIndex(DedupSettings settings) {
        this(settings, MAX_BUCKET, FULL_BUCKET_PROBES);
    }

    /**
     * An empty index keeping at most {@code maxBucket} members per bucket and comparing a document with
     * {@code probes} members of a full one (tests and measurements use other values).
     */
    DuplicateIndex(DedupSettings settings, int maxBucket, int probes) {
        if (maxBucket < 1 || probes < 1 || probes > maxBucket) {
            throw new IllegalArgumentException("need 1 <= probes <= maxBucket");
        }
        this.settings = settings;
        // rounded down: never more than a related pair has, whatever the rounding of the product
        this.relatedAgreements = (int) Math.floor(settings.related() * settings.hashCount());
        this.bands = new BandTable[settings.bands()];
        for (int b = 0; b < bands.length; b++) {
            bands[b] = new BandTable(b * settings.rows(), settings.rows(), maxBucket, probes);
        }
    }

    /**
     * Adds a document and returns its pairs with earlier documents at or above the related threshold,
     * most similar first. Empty signatures are kept (so ids stay known) but pair with nothing.
     */
    public List<SimilarPair> add(String id, Signature signature) {
        return add(id, signature, true);
    }

    /**
     * Puts a document into the buckets as {@link #add} would, without comparing it with anything: for
     * rebuilding the index of documents whose pairs are known already (stored by an earlier import), in
     * the order they were first added, so that later additions meet the same buckets.
     */
    public void restore(String id, Signature signature) {
        add(id, signature, false);
    }

    private List<SimilarPair> add(String id, Signature signature, boolean compare) {
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
        if (doc == comparedWith.length) {
            comparedWith = Arrays.copyOf(comparedWith, doc * 2);
        }
        int length = settings.hashCount();
        if (values.length < (doc + 1) * length) {
            values = Arrays.copyOf(values, Math.max(16, doc * 2) * length);
        }
        System.arraycopy(signature.values(), 0, values, doc * length, length);
        if (lowBytes.length < values.length) {
            lowBytes = Arrays.copyOf(lowBytes, values.length);
        }
        for (int i = doc * length; i < (doc + 1) * length; i++) {
            // bits 1-8: bit 0 of a value is always clear, and the high bits of a minimum are mostly zero
            lowBytes[i] = (byte) (values[i] >>> 1);
        }
        List<SimilarPair> found = new ArrayList<>();
        if (!signature.isEmpty()) {
            int mark = doc + 1;
            for (BandTable band : bands) {
                band.addAndVisit(doc, values, length, !compare ? other -> { } : other -> {
                    if (comparedWith[other] != mark) {
                        comparedWith[other] = mark;
                        check(other, doc, found);
                    }
                });
            }
        }
        found.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return List.copyOf(found);
    }

    private void check(int earlier, int doc, List<SimilarPair> found) {
        comparisons++;
        if (lowByteAgreements(earlier, doc) < relatedAgreements) {
            return; // fewer agreeing bytes than the threshold needs: fewer agreeing values too
        }
        double s = similarity(earlier, doc); // both non-empty: empty signatures are never in a bucket
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

    /** Positions where the {@link #lowBytes} of two indexed signatures agree: at least the agreeing values. */
    private int lowByteAgreements(int a, int b) {
        int length = settings.hashCount();
        int same = 0;
        for (int i = 0, x = a * length, y = b * length; i < length; i++) {
            if (lowBytes[x + i] == lowBytes[y + i]) {
                same++;
            }
        }
        return same;
    }

    /** {@link Signature#similarity} of two non-empty indexed signatures, read from {@link #values}. */
    private double similarity(int a, int b) {
        int length = settings.hashCount();
        int same = 0;
        for (int i = 0, x = a * length, y = b * length; i < length; i++) {
            if (values[x + i] == values[y + i]) {
                same++;
            }
        }
        return (double) same / length;
    }

    /** The estimated similarity of two indexed documents, whether or not they were candidates. */
    public double similarity(String a, String b) {
        return signature(number(a)).similarity(signature(number(b)));
    }

    private Signature signature(int doc) {
        int length = settings.hashCount();
        return new Signature(Arrays.copyOfRange(values, doc * length, (doc + 1) * length));
    }

    /** How many pairs of signatures were compared so far (the work the bucket cap bounds). */
    long comparisons() {
        return comparisons;
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
