package aurum.corpus.dedup;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The <em>related</em> relation, bounded: for every document its {@link #NEIGHBOURS} most similar others
 * by {@link KeyTerms#dot} whose similarity is at least {@link #THRESHOLD}, never all pairs. Related
 * documents are other write-ups of the same story (sample 000/002): they share names, figures and rare
 * words but few word sequences, so the shingle-based {@link DuplicateIndex} does not see them.
 *
 * <p>Candidates come from postings: the documents that have a key term of the document as a key term
 * too. A key term in more than {@link #MAX_POSTING} documents names a topic, not a story, and takes no
 * part (for all documents alike, so a score depends on the two documents only); so the work per
 * document is at most {@code KeyTerms.MAX * MAX_POSTING} additions however the corpus looks.
 *
 * <p>Documents are numbered in the order added. {@link #linkAll} computes every document's list;
 * {@link #linkFrom} only those of documents added since, offering each of them to the lists of the
 * earlier ones, which is what an import into a large corpus does. Not thread-safe (except that
 * {@code linkAll} uses several threads itself).
 */
public final class RelatedIndex {

    /** Neighbours kept per document. */
    public static final int NEIGHBOURS = 5;

    /** Minimum similarity of a related pair; chosen on data, see docs/FORMAT.md and docs/PERFORMANCE.md. */
    public static final double THRESHOLD = 0.25;

    /** Documents a key term may have as a key before it counts as a topic word and is ignored. */
    public static final int MAX_POSTING = 400;

    private final int neighbours;
    private final double threshold;
    private final int maxPosting;
    private int size;
    private int[] keyTerms = new int[0];
    private float[] keyWeights = new float[0];
    private byte[] keyCounts = new byte[0];
    private int[] neighbourDocs = new int[0];
    private float[] neighbourScores = new float[0];
    private byte[] neighbourCounts = new byte[0];
    /** Per key slot ({@code doc * KeyTerms.MAX + i}): the first entry of its term's posting, or -1. */
    private int[] postingStart;
    /** Per key slot: the length of its term's posting. */
    private int[] postingLength;
    private int[] postingDocs;
    private float[] postingWeights;
    private final LongAdder additions = new LongAdder();

    /** An index with the figures above. */
    public RelatedIndex() {
        this(NEIGHBOURS, THRESHOLD, MAX_POSTING);
    }

    /** An index with other figures (measurements and tests). */
    public RelatedIndex(int neighbours, double threshold, int maxPosting) {
        if (neighbours < 1 || neighbours > Byte.MAX_VALUE || maxPosting < 2 || !(threshold > 0)) {
            throw new IllegalArgumentException("need 1 <= neighbours <= 127, maxPosting >= 2, threshold > 0");
        }
        this.neighbours = neighbours;
        this.threshold = threshold;
        this.maxPosting = maxPosting;
    }

    /** Adds a document without linking it; returns its number. */
    public int add(KeyTerms keys) {
        int doc = size;
        ensureCapacity(doc + 1);
        System.arraycopy(keys.terms(), 0, keyTerms, doc * KeyTerms.MAX, keys.size());
        for (int i = 0; i < keys.size(); i++) {
            keyWeights[doc * KeyTerms.MAX + i] = keys.weights()[i];
        }
        keyCounts[doc] = (byte) keys.size();
        size++;
        postingStart = null;
        return doc;
    }

    /**
     * Sets the stored neighbour list of document {@code doc} (as read back from disk), most similar first.
     */
    public void restoreNeighbours(int doc, int[] docs, float[] scores) {
        if (docs.length > neighbours || docs.length != scores.length) {
            throw new IllegalArgumentException("at most " + neighbours + " neighbours, one score each");
        }
        for (int i = 0; i < docs.length; i++) {
            neighbourDocs[doc * neighbours + i] = docs[i];
            neighbourScores[doc * neighbours + i] = scores[i];
        }
        neighbourCounts[doc] = (byte) docs.length;
    }

    /** Computes the neighbours of every document, on {@code threads} threads; the result is the same for any number. */
    public void linkAll(int threads) {
        buildPostings();
        Arrays.fill(neighbourCounts, 0, size, (byte) 0);
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            double[] scores = new double[size];
            int[] touched = new int[size];
            for (int doc = next.getAndIncrement(); doc < size; doc = next.getAndIncrement()) {
                int n = accumulate(doc, scores, touched);
                for (int t = 0; t < n; t++) {
                    int other = touched[t];
                    if (scores[other] >= threshold) {
                        offer(doc, other, (float) scores[other]);
                    }
                    scores[other] = 0;
                }
            }
        };
        Thread[] helpers = new Thread[Math.max(0, Math.min(threads, size / 1000 + 1) - 1)];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = new Thread(work, "aurum-related-" + i);
            helpers[i].setDaemon(true);
            helpers[i].start();
        }
        work.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while relating documents", e);
            }
        }
    }

    /**
     * Computes the neighbours of documents {@code first} and later, and offers each to the lists of
     * the documents before {@code first}, whose lists are kept otherwise.
     */
    public void linkFrom(int first) {
        buildPostings();
        double[] scores = new double[size];
        int[] touched = new int[size];
        for (int doc = first; doc < size; doc++) {
            neighbourCounts[doc] = 0;
            int n = accumulate(doc, scores, touched);
            for (int t = 0; t < n; t++) {
                int other = touched[t];
                float score = (float) scores[other];
                if (score >= threshold) {
                    offer(doc, other, score);
                    if (other < first) {
                        offer(other, doc, score);
                    }
                }
                scores[other] = 0;
            }
        }
    }

    /** Adds the key-term products of {@code doc} with every other document sharing a key term; returns how many were touched. */
    private int accumulate(int doc, double[] scores, int[] touched) {
        int n = 0;
        long visited = 0;
        for (int slot = doc * KeyTerms.MAX, end = slot + keyCounts[doc]; slot < end; slot++) {
            int start = postingStart[slot];
            if (start < 0) {
                continue;
            }
            double weight = keyWeights[slot];
            for (int e = start, stop = start + postingLength[slot]; e < stop; e++) {
                int other = postingDocs[e];
                if (other == doc) {
                    continue;
                }
                if (scores[other] == 0) {
                    touched[n++] = other;
                }
                scores[other] += weight * postingWeights[e];
            }
            visited += postingLength[slot];
        }
        additions.add(visited);
        return n;
    }

    /** Puts {@code other} into the list of {@code doc} if it is among the best: by score, then by number. */
    private void offer(int doc, int other, float score) {
        int base = doc * neighbours;
        int count = neighbourCounts[doc];
        for (int i = 0; i < count; i++) {
            if (neighbourDocs[base + i] == other) {
                return;
            }
        }
        int at = count;
        while (at > 0 && better(score, other, neighbourScores[base + at - 1], neighbourDocs[base + at - 1])) {
            at--;
        }
        if (at >= neighbours) {
            return;
        }
        int last = Math.min(count, neighbours - 1);
        for (int i = last; i > at; i--) {
            neighbourDocs[base + i] = neighbourDocs[base + i - 1];
            neighbourScores[base + i] = neighbourScores[base + i - 1];
        }
        neighbourDocs[base + at] = other;
        neighbourScores[base + at] = score;
        neighbourCounts[doc] = (byte) Math.min(count + 1, neighbours);
    }

    private static boolean better(float score, int doc, float thanScore, int thanDoc) {
        return score > thanScore || score == thanScore && doc < thanDoc;
    }

    /**
     * Groups the key slots of all documents by term (one sort of {@code term << 32 | slot}); a term with
     * more than {@link #maxPosting} documents gets no posting.
     */
    private void buildPostings() {
        if (postingStart != null) {
            return;
        }
        int slots = size * KeyTerms.MAX;
        long[] entries = new long[keyTotal()];
        int e = 0;
        for (int doc = 0; doc < size; doc++) {
            for (int slot = doc * KeyTerms.MAX, end = slot + keyCounts[doc]; slot < end; slot++) {
                entries[e++] = (long) keyTerms[slot] << 32 | slot;
            }
        }
        Arrays.sort(entries);
        postingStart = new int[slots];
        postingLength = new int[slots];
        Arrays.fill(postingStart, -1);
        postingDocs = new int[entries.length];
        postingWeights = new float[entries.length];
        int kept = 0;
        for (int i = 0; i < entries.length;) {
            int run = i + 1;
            while (run < entries.length && entries[run] >>> 32 == entries[i] >>> 32) {
                run++;
            }
            if (run - i <= maxPosting) {
                for (int k = i; k < run; k++) {
                    int slot = (int) entries[k];
                    postingStart[slot] = kept;
                    postingLength[slot] = run - i;
                    postingDocs[kept + k - i] = slot / KeyTerms.MAX;
                    postingWeights[kept + k - i] = keyWeights[slot];
                }
                kept += run - i;
            }
            i = run;
        }
    }

    private int keyTotal() {
        int total = 0;
        for (int doc = 0; doc < size; doc++) {
            total += keyCounts[doc];
        }
        return total;
    }

    private void ensureCapacity(int documents) {
        if (keyCounts.length >= documents) {
            return;
        }
        int capacity = Math.max(16, Math.max(documents, keyCounts.length * 2));
        keyTerms = Arrays.copyOf(keyTerms, capacity * KeyTerms.MAX);
        keyWeights = Arrays.copyOf(keyWeights, capacity * KeyTerms.MAX);
        keyCounts = Arrays.copyOf(keyCounts, capacity);
        neighbourDocs = Arrays.copyOf(neighbourDocs, capacity * neighbours);
        neighbourScores = Arrays.copyOf(neighbourScores, capacity * neighbours);
        neighbourCounts = Arrays.copyOf(neighbourCounts, capacity);
    }

    /** How many documents were added. */
    public int size() {
        return size;
    }

    /** The key terms of document {@code doc}. */
    public KeyTerms keys(int doc) {
        int from = doc * KeyTerms.MAX;
        return new KeyTerms(Arrays.copyOfRange(keyTerms, from, from + keyCounts[doc]),
                Arrays.copyOfRange(keyWeights, from, from + keyCounts[doc]));
    }

    /** How many neighbours document {@code doc} has (0 to {@link #neighbours()}). */
    public int neighbourCount(int doc) {
        return neighbourCounts[doc];
    }

    /** The number of the {@code i}-th most similar neighbour of {@code doc}. */
    public int neighbour(int doc, int i) {
        return neighbourDocs[doc * neighbours + checked(doc, i)];
    }

    /** The similarity of {@code doc} to its {@code i}-th neighbour. */
    public float score(int doc, int i) {
        return neighbourScores[doc * neighbours + checked(doc, i)];
    }

    private int checked(int doc, int i) {
        if (i < 0 || i >= neighbourCounts[doc]) {
            throw new IndexOutOfBoundsException(i);
        }
        return i;
    }

    /** Neighbours kept per document. */
    public int neighbours() {
        return neighbours;
    }

    /** The minimum similarity of a neighbour. */
    public double threshold() {
        return threshold;
    }

    /** Posting entries visited so far (the work the posting cap bounds). */
    public long additions() {
        return additions.sum();
    }
}
