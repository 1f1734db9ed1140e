package aurum.agreement.ui.internal;

import java.util.List;

import aurum.agreement.AgreementReport;

/** The message the view shows instead of figures when there is nothing to compare, and why. */
public final class Diagnosis {

    private Diagnosis() {
    }

    /**
     * What keeps {@code report} from saying anything, or {@code null} when it has figures.
     *
     * @param known the corpus's annotators
     * @param chosen those ticked
     * @param report the report over {@code chosen}, {@code null} if it was not computed
     */
    public static String of(List<String> known, List<String> chosen, AgreementReport report) {
        if (known.size() < 2) {
            return "Agreement needs two or more annotators; this corpus has "
                    + (known.isEmpty() ? "none" : known.size() + " (" + String.join(", ", known) + ")")
                    + ". Assign documents to several annotators (aurum assign) and let each save their layers.";
        }
        if (chosen.size() < 2) {
            return "Tick at least two annotators to compare.";
        }
        if (report != null && report.overall().documents() == 0) {
            return "No document was annotated by two or more of " + String.join(", ", chosen)
                    + (report.label() == null ? "" : " (label " + report.label() + ")")
                    + ": there is nothing to compare yet.";
        }
        return null;
    }
}
