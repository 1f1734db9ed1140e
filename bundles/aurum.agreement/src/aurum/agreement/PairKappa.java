package aurum.agreement;

import aurum.agreement.measure.Coefficient;

/**
 * Token-level Cohen's κ of one pair of annotators over the documents both annotated.
 *
 * @param first the earlier annotator in the annotator order
 * @param second the later one
 * @param kappa the coefficient
 * @param tokens the number of tokens both coded
 */
public record PairKappa(String first, String second, Coefficient kappa, long tokens) {
}
