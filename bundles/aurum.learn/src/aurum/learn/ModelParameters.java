package aurum.learn;

/**
 * How the name finder is trained. The defaults are what docs/PERFORMANCE.md measured: a maximum-entropy
 * model (GIS) with 100 iterations on two threads, every feature seen at least {@code cutoff} times kept.
 *
 * @param algorithm   OpenNLP's trainer: {@code MAXENT} or {@code PERCEPTRON}
 * @param iterations  training iterations
 * @param cutoff      a feature must be seen this many times to be kept
 * @param threads     threads for GIS training
 * @param minimumConfidence suggestions below this confidence are not proposed
 */
public record ModelParameters(String algorithm, int iterations, int cutoff, int threads, double minimumConfidence) {

    /** The measured defaults. */
    public static ModelParameters defaults() {
        return new ModelParameters("MAXENT", 100, 1, 2, 0.5);
    }

    /** Rejects values the trainer cannot use. */
    public ModelParameters {
        if (!algorithm.equals("MAXENT") && !algorithm.equals("PERCEPTRON")) {
            throw new IllegalArgumentException("algorithm must be MAXENT or PERCEPTRON, not " + algorithm);
        }
        if (iterations < 1 || cutoff < 0 || threads < 1 || minimumConfidence < 0 || minimumConfidence > 1) {
            throw new IllegalArgumentException("bad training parameters " + iterations + "/" + cutoff + "/" + threads
                    + "/" + minimumConfidence);
        }
    }
}
