/**
 * Inter-annotator agreement over Aurum layers: token-level Cohen's κ (pairwise, and their mean,
 * Light's κ), Fleiss' κ and Krippendorff's nominal α; Krippendorff's unitizing α over the spans;
 * span-level precision, recall and F1, strict (same offsets and label) and lenient (overlap, same
 * label); and a span-level label confusion matrix with a "none" category. Figures are given over the
 * corpus, per label and per document in an {@link aurum.agreement.AgreementReport}.
 *
 * <p>Headless: the CLI ({@code aurum agree}) and the workbench's agreement view both sit on
 * {@link aurum.agreement.CorpusAgreement} or, for layers already in memory,
 * {@link aurum.agreement.AgreementCalculator}. How each figure is defined is in {@code docs/AGREEMENT.md}.
 */
package aurum.agreement;
