package aurum.agreement;

import java.util.List;
import java.util.Map;

/**
 * Everything {@link AgreementCalculator} found, ready for a table, a chart or JSON.
 *
 * @param annotators the annotators compared, in the order given (it decides which of a pair is the
 *        reference for precision and recall and the row of the confusion matrix)
 * @param label the only label considered, or {@code null} for all labels
 * @param overall figures over the whole corpus
 * @param perLabel figures per label (binary: the label against everything else), sorted by label
 * @param perDocument figures per document, sorted by document id
 * @param pairs token-level Cohen's κ of each pair of annotators
 * @param confusion span-level label confusion summed over the pairs
 */
public record AgreementReport(List<String> annotators, String label, Figures overall, Map<String, Figures> perLabel,
        Map<String, Figures> perDocument, List<PairKappa> pairs, ConfusionMatrix confusion) {
}
