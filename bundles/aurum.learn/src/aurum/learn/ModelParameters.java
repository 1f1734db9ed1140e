package aurum.learn;

/**
 * How the name finder is trained. The defaults are what docs/PERFORMANCE.md measured: a maximum-entropy
 * model (GIS) with 50 iterations on two threads, every feature kept for small data ({@link #scaledTo}).
 *
 * @param algorithm   OpenNLP's trainer: {@code MAXENT} (GIS), {@code MAXENT_QN} (L-BFGS) or {@code PERCEPTRON}
 * @param iterations  training iterations
 * @param cutoff      a feature must be seen this many times to be kept
 * @param threads     threads for GIS training
 * @param minimumConfidence suggestions below this confidence are not proposed
 */
public record ModelParameters(String algorithm, int iterations, int cutoff, int threads, double minimumConfidence) {

    /** Training data above this many tokens keeps only features seen at least {@value #LARGE_CUTOFF} times. */
    public static final int LARGE_DATA_TOKENS = 200_000;
    /** The cutoff for large training data. */
    public static final int LARGE_CUTOFF = 3;

    /** The measured defaults. */
    public static ModelParameters defaults() {
        return new ModelParameters("MAXENT", 50, 1, 2, 0.5);
    }

    /**
     * These parameters for training data of {@code tokens} tokens: above {@value #LARGE_DATA_TOKENS} the
     * cutoff rises to at least {@value #LARGE_CUTOFF}, which keeps training on a thousand documents within a
     * minute while a small corpus keeps every feature it has.
     */
    public ModelParameters scaledTo(long tokens) {
        return tokens > LARGE_DATA_TOKENS && cutoff < LARGE_CUTOFF
                ? new ModelParameters(algorithm, iterations, LARGE_CUTOFF, threads, minimumConfidence)
                : this;
    }

    /** Rejects values the trainer cannot use. */
    public ModelParameters {
        if (!java.util.Set.of("MAXENT", "MAXENT_QN", "PERCEPTRON").contains(algorithm)) {
            throw new IllegalArgumentException("algorithm must be MAXENT, MAXENT_QN or PERCEPTRON, not " + algorithm);
        }
        if (iterations < 1 || cutoff < 0 || threads < 1 || minimumConfidence < 0 || minimumConfidence > 1) {
            throw new IllegalArgumentException("bad training parameters " + iterations + "/" + cutoff + "/" + threads
                    + "/" + minimumConfidence);
        }
    }
}
