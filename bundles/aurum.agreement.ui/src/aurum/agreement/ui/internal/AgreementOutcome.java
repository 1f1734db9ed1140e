package aurum.agreement.ui.internal;

import java.util.List;

import aurum.agreement.AgreementReport;

/**
 * What a computation found.
 *
 * @param request what was asked
 * @param known every annotator of the corpus, sorted
 * @param chosen the annotators compared
 * @param report the report, or {@code null} when fewer than two annotators were chosen
 * @param problem why there is nothing to show, for the user; {@code null} when the report has data
 */
public record AgreementOutcome(AgreementRequest request, List<String> known, List<String> chosen,
        AgreementReport report, String problem) {
}
