/**
 * Chance-corrected agreement coefficients, independent of Aurum's model so that they can be checked
 * against published worked examples: Cohen's κ, Fleiss' κ, Krippendorff's α for nominal data and
 * Krippendorff's unitizing α ({@code uα}) for units on a continuum.
 *
 * <p>Every coefficient is {@link java.lang.Double#NaN} when it is undefined, e.g. when chance
 * agreement is already perfect because every rater used one category only; callers show that as
 * "n/a" rather than as a number.
 */
package aurum.agreement.measure;
