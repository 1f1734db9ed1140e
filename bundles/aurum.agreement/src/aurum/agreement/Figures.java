package aurum.agreement;

import aurum.agreement.measure.Coefficient;

/**
 * The agreement figures of one scope: the whole corpus, one label or one document.
 *
 * @param documents documents annotated by at least two of the annotators
 * @param tokens word tokens of those documents
 * @param spans spans of all annotators in those documents
 * @param cohenKappa mean of the pairwise token-level Cohen's κ (Light's κ); NaN if no pair is defined
 * @param fleissKappa token-level Fleiss' κ over the documents every annotator annotated
 * @param tokenAlpha token-level nominal Krippendorff's α (missing annotators allowed)
 * @param unitizingAlpha Krippendorff's uα over the spans, documents every annotator annotated
 * @param matches span-level match counts for precision, recall and F1
 */
public record Figures(int documents, long tokens, long spans, Coefficient cohenKappa, Coefficient fleissKappa,
        Coefficient tokenAlpha, Coefficient unitizingAlpha, MatchCounts matches) {
}
