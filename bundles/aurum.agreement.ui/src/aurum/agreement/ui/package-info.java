/**
 * The workbench's Agreement view: inter-annotator agreement of the corpus open in the corpus
 * navigator, as tables, a per-label bar chart and a confusion heat map, computed by
 * {@code aurum.agreement}. See docs/AGREEMENT.md for what the figures mean.
 */
package aurum.agreement.ui;
