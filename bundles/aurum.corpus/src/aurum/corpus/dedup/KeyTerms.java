package aurum.corpus.dedup;

import java.util.Arrays;

/**
 * What the related measure keeps of a document: its {@link #MAX} heaviest content terms that another
 * document also has, with their TF-IDF weights divided by the norm of the document's whole weight vector.
 * The dot product of two documents' key terms ({@link #dot}) is the part of their TF-IDF cosine carried
 * by those terms: a lower bound of the cosine that keeps what tells one story from another (shared
 * names, figures and rare words weigh most) and drops the long tail of common words, so a document is
 * a few hundred bytes however long it is. Weights are {@code (1 + ln tf) * ln(N / df)} over
 * {@link ContentTerms} with the document frequencies of the corpus when the terms were chosen.
 *
 * @param terms term hashes, ascending
 * @param weights the weight of each term over the norm of the document's whole vector
 */
public record KeyTerms(int[] terms, float[] weights) {

    /** Key terms kept per document. */
    public static final int MAX = 24;

    /** A document without terms. */
    public static final KeyTerms NONE = new KeyTerms(new int[0], new float[0]);

    public KeyTerms {
        if (terms.length != weights.length || terms.length > MAX) {
            throw new IllegalArgumentException("need one weight per term and at most " + MAX + " terms");
        }
        for (int i = 1; i < terms.length; i++) {
            if (terms[i - 1] >= terms[i]) {
                throw new IllegalArgumentException("terms must be ascending and distinct");
            }
        }
    }

    /**
     * The key terms of a document with term counts {@code counts}, weighed with {@code df}, which must
     * have counted the document itself: a term with frequency 1 is the document's alone and cannot
     * relate it to another, so it is not a key (it still counts in the norm).
     */
    public static KeyTerms of(ContentTerms.Counts counts, DocumentFrequencies df) {
        int[] terms = counts.terms();
        double lnN = Math.log(Math.max(1, df.documents()));
        double[] w = new double[terms.length];
        boolean[] shared = new boolean[terms.length];
        boolean any = false;
        for (int k = 0; k < terms.length; k++) {
            int documentFrequency = Math.max(1, df.get(terms[k]));
            w[k] = (1 + ln(counts.counts()[k])) * Math.max(0, lnN - ln(documentFrequency));
            shared[k] = documentFrequency >= 2;
            any |= shared[k] && w[k] > 0;
        }
        if (!any) {
            return NONE;
        }
        int[] best = new int[MAX]; // indexes into terms, by weight descending, then by index
        int found = 0;
        for (int k = 0; k < terms.length; k++) {
            if (!shared[k] || !(w[k] > 0) || found == MAX && w[k] <= w[best[MAX - 1]]) {
                continue;
            }
            int at = found < MAX ? found++ : MAX - 1;
            while (at > 0 && w[best[at - 1]] < w[k]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = k;
        }
        Arrays.sort(best, 0, found); // back to term order: terms are ascending
        double keySum = 0;
        for (int i = 0; i < found; i++) {
            keySum += w[best[i]] * w[best[i]];
        }
        double norm = Math.sqrt(keySum);
        int[] keys = new int[found];
        float[] weights = new float[found];
        for (int i = 0; i < found; i++) {
            keys[i] = terms[best[i]];
            weights[i] = (float) (w[best[i]] / norm);
        }
        return new KeyTerms(keys, weights);
    }

    /** Natural logarithms of 1 to 4095: a document's term weights take a logarithm per term. */
    private static final double[] LN = new double[4096];

    static {
        for (int i = 1; i < LN.length; i++) {
            LN[i] = Math.log(i);
        }
    }

    private static double ln(int x) {
        return x < LN.length ? LN[x] : Math.log(x);
    }

    /** The sum of the products of the weights of the terms both documents have. */
    public double dot(KeyTerms other) {
        double dot = 0;
        for (int i = 0, j = 0; i < terms.length && j < other.terms.length;) {
            int c = Integer.compare(terms[i], other.terms[j]);
            if (c == 0) {
                dot += (double) weights[i++] * other.weights[j++];
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /** How many key terms the document has (fewer than {@link #MAX} when it shares few terms). */
    public int size() {
        return terms.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyTerms k && Arrays.equals(terms, k.terms) && Arrays.equals(weights, k.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "KeyTerms[" + terms.length + " terms]";
    }
}
