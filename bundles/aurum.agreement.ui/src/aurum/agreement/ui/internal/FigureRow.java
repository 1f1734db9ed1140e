package aurum.agreement.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import aurum.agreement.AgreementReport;
import aurum.agreement.Figures;

/**
 * A row of a figures table: one label, one document or the whole corpus.
 *
 * @param name the label or document id, or {@link #OVERALL}
 * @param figures its figures
 * @param overall whether this is the corpus row, which stays on top whatever the sort
 */
public record FigureRow(String name, Figures figures, boolean overall) {

    /** The name of the corpus row. */
    public static final String OVERALL = "(all labels)";

    /** The overall row, then one row per label. */
    public static List<FigureRow> labels(AgreementReport report) {
        List<FigureRow> rows = new ArrayList<>();
        rows.add(new FigureRow(OVERALL, report.overall(), true));
        report.perLabel().forEach((label, figures) -> rows.add(new FigureRow(label, figures, false)));
        return rows;
    }

    /** The overall row, then one row per document at least two annotators annotated. */
    public static List<FigureRow> documents(AgreementReport report) {
        List<FigureRow> rows = new ArrayList<>();
        rows.add(new FigureRow("(all documents)", report.overall(), true));
        for (Map.Entry<String, Figures> e : report.perDocument().entrySet()) {
            if (e.getValue().documents() > 0) {
                rows.add(new FigureRow(e.getKey(), e.getValue(), false));
            }
        }
        return rows;
    }
}
