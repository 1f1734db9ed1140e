package aurum.corpus.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds <em>related</em> documents: independent write-ups of one story, which share facts and names
 * but few word sequences, so the shingle-based {@link DuplicateIndex} cannot see them (sample 000/002
 * share 2% of their 3-shingles). The measure is the cosine of TF-IDF vectors over
 * {@link ContentTerms content words and neighbouring pairs of them}, with weights {@code (1 + ln tf) * ln(N / df)}: a word every
 * document uses weighs nothing, a name or figure that only two documents share weighs most.
 *
 * <p>Candidates: each document's {@link #KEYS} heaviest terms that occur in at least one other
 * document are its keys; only pairs sharing {@link #MIN_SHARED_KEYS} keys are scored, and a key in
 * more than {@link #MAX_POSTING} documents names a topic, not a story, and proposes no pairs. So the
 * work grows with the corpus, not with its square.
 *
 * <p>Threshold {@link #RELATED} = 0.03, from the sample corpus (five articles on US&ndash;Japan
 * defence, boilerplate stripped): the two rewrites of one wire story (000/002) score 0.046, the eight
 * other pairs on the same topic but about other stories 0.007&ndash;0.021 (the syndicated copies
 * 001/004 score 0.65 and are near-duplicates anyway). The threshold sits near the geometric middle of
 * that gap. Word pairs matter: with single words only, 000/002 scored 0.08 against 0.056 for 001/003,
 * too close to separate. On a corpus of five documents IDF can only tell "in all five" from "in two";
 * on large corpora topic words weigh less and same-story scores rise, so the threshold errs on the side
 * of reporting (a related pair only keeps two documents in one split).
 * Not thread-safe.
 */
public final class RelatedFinder {

    /** Minimum TF-IDF cosine of a related pair. */
    public static final double RELATED = 0.03;
    static final int KEYS = 16;
    static final int MIN_SHARED_KEYS = 2;
    static final int MAX_POSTING = 400;

    private final List<String> ids = new ArrayList<>();
    private final List<ContentTerms.Counts> documents = new ArrayList<>();
    private IntCounts df;
    /** Per document: its keys (see {@link #keys}); the weights themselves are not kept. */
    private int[][] keys;
    /** Per document: the norm of its weight vector. */
    private double[] norms;

    /** Adds a document; pairs are found by {@link #pairs}. */
    public void add(String id, ContentTerms.Counts counts) {
        ids.add(id);
        documents.add(counts);
    }

    /** The TF-IDF cosine of two added documents, over the documents added so far. */
    public double similarity(String a, String b) {
        weigh();
        int i = ids.indexOf(a);
        int j = ids.indexOf(b);
        if (i < 0 || j < 0) {
            throw new IllegalArgumentException("not added: " + (i < 0 ? a : b));
        }
        return cosine(i, j);
    }

    /** Every pair at or above {@link #RELATED}, ordered by first index of addition then second. */
    public List<SimilarPair> pairs() {
        weigh();
        int n = documents.size();
        Map<Integer, IntList> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int key : keys[i]) {
                postings.computeIfAbsent(key, k -> new IntList()).add(i);
            }
        }
        // every pair sharing a key, as (first << 32 | second); sorted, a run of two or more shares two keys
        LongList sharing = new LongList();
        for (IntList posting : postings.values()) {
            if (posting.size > MAX_POSTING) {
                continue;
            }
            for (int a = 0; a < posting.size; a++) {
                long first = (long) posting.values[a] << 32;
                for (int b = a + 1; b < posting.size; b++) {
                    sharing.add(first | posting.values[b]);
                }
            }
        }
        long[] pairs = sharing.sorted();
        List<SimilarPair> found = new ArrayList<>();
        for (int i = 0; i < pairs.length;) {
            int run = i + 1;
            while (run < pairs.length && pairs[run] == pairs[i]) {
                run++;
            }
            if (run - i >= MIN_SHARED_KEYS) {
                int a = (int) (pairs[i] >>> 32);
                int b = (int) pairs[i];
                double s = cosine(a, b);
                if (s >= RELATED) {
                    found.add(new SimilarPair(ids.get(a), ids.get(b), s, Relation.RELATED));
                }
            }
            i = run;
        }
        return found;
    }

    /**
     * Computes document frequencies, then each document's norm and keys in one pass over its terms, once
     * all documents are in. The weights are not kept (they took as much memory as the terms themselves,
     * 100k documents: hundreds of MB): {@link #cosine} recomputes them for the terms two documents share.
     */
    private void weigh() {
        int n = documents.size();
        if (norms != null && norms.length == n) {
            return;
        }
        df = new IntCounts(n * 16);
        for (ContentTerms.Counts d : documents) {
            for (int t : d.terms()) {
                df.increment(t);
            }
        }
        keys = new int[n][];
        norms = new double[n];
        double[] w = new double[16];
        boolean[] shared = new boolean[16];
        for (int i = 0; i < n; i++) {
            ContentTerms.Counts d = documents.get(i);
            int size = d.terms().length;
            if (w.length < size) {
                w = new double[size];
                shared = new boolean[size];
            }
            double sum = 0;
            for (int k = 0; k < size; k++) {
                int documentFrequency = df.get(d.terms()[k]);
                w[k] = weight(d.counts()[k], n, documentFrequency);
                shared[k] = documentFrequency >= 2;
                sum += w[k] * w[k];
            }
            norms[i] = Math.sqrt(sum);
            keys[i] = keys(d, w, shared);
        }
    }

    /**
     * The TF-IDF weight of a term occurring {@code count} times in a document and in
     * {@code documentFrequency} of {@code n} documents.
     */
    private static double weight(int count, int n, int documentFrequency) {
        return (1 + Math.log(count)) * Math.log((double) n / documentFrequency);
    }

    /** The cosine of two documents' weight vectors, weighing only the terms they share. */
    private double cosine(int a, int b) {
        double norm = norms[a] * norms[b];
        if (norm == 0) {
            return 0;
        }
        int n = documents.size();
        ContentTerms.Counts da = documents.get(a);
        ContentTerms.Counts db = documents.get(b);
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < da.terms().length && j < db.terms().length) {
            int c = Integer.compare(da.terms()[i], db.terms()[j]);
            if (c == 0) {
                int documentFrequency = df.get(da.terms()[i]);
                dot += weight(da.counts()[i++], n, documentFrequency) * weight(db.counts()[j++], n, documentFrequency);
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return dot / norm;
    }

    /**
     * The heaviest terms shared with at least one other document, heaviest first (of equal weights the
     * earlier term): one pass keeping the best {@link #KEYS}, instead of sorting every term of the document.
     * {@code w} and {@code shared} hold the weight of each term and whether another document has it.
     */
    private static int[] keys(ContentTerms.Counts d, double[] w, boolean[] shared) {
        int[] best = new int[KEYS]; // indexes into the document's terms, by weight descending
        int found = 0;
        for (int k = 0; k < d.terms().length; k++) {
            if (!(w[k] > 0) || found == KEYS && w[k] <= w[best[KEYS - 1]] || !shared[k]) {
                continue;
            }
            int at = found < KEYS ? found++ : KEYS - 1;
            while (at > 0 && w[best[at - 1]] < w[k]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = k;
        }
        int[] keys = new int[found];
        for (int i = 0; i < found; i++) {
            keys[i] = d.terms()[best[i]];
        }
        return keys;
    }

    /** A growable {@code int[]}. */
    private static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    /** A growable {@code long[]}. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] sorted() {
            long[] result = Arrays.copyOf(values, size);
            Arrays.sort(result);
            return result;
        }
    }
}
