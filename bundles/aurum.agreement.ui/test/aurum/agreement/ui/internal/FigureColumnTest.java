package aurum.agreement.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import aurum.agreement.AgreementReport;
import aurum.agreement.ui.chart.Measure;
import aurum.agreement.ui.chart.Reports;

class FigureColumnTest {

    private final AgreementReport report = Reports.twoAnnotators();

    private List<String> sorted(String heading, boolean ascending) {
        FigureColumn column = FigureColumn.all("label").stream().filter(c -> c.heading().equals(heading)).findFirst()
                .orElseThrow();
        List<FigureRow> rows = new ArrayList<>(FigureRow.labels(report));
        rows.sort((a, b) -> column.compare(a, b, ascending));
        return rows.stream().map(FigureRow::name).toList();
    }

    @Test
    void theColumnsAreNameCountsThenEveryMeasure() {
        List<String> headings = FigureColumn.all("label").stream().map(FigureColumn::heading).toList();
        assertEquals(List.of("label", "docs", "tokens", "spans"), headings.subList(0, 4));
        assertEquals(Measure.values().length + 4, headings.size());
        assertEquals("Cohen κ", headings.get(4));
    }

    @Test
    void theOverallRowStaysOnTopEitherWay() {
        assertEquals(List.of(FigureRow.OVERALL, "GPE", "ORG", "PER"), sorted("label", true));
        assertEquals(List.of(FigureRow.OVERALL, "PER", "ORG", "GPE"), sorted("label", false));
    }

    @Test
    void numbersSortByValueWithUndefinedFiguresLast() {
        // strict precision: GPE 1/1, PER undefined (ben has no PER span), ORG 0/1
        assertEquals(List.of(FigureRow.OVERALL, "GPE", "ORG", "PER"), sorted("strict P", false));
        assertEquals(List.of(FigureRow.OVERALL, "ORG", "GPE", "PER"), sorted("strict P", true));
    }

    @Test
    void cellsShowFourDecimalsOrNotApplicable() {
        FigureColumn precision = FigureColumn.all("label").stream().filter(c -> c.heading().equals("strict P"))
                .findFirst().orElseThrow();
        List<FigureRow> rows = FigureRow.labels(report);
        assertEquals("1.0000", precision.text().apply(rows.get(1)));
        assertEquals("n/a", precision.text().apply(rows.get(3)));
    }

    @Test
    void documentRowsLeaveOutDocumentsNotSharedByTwoAnnotators() {
        assertEquals(List.of("(all documents)", "d1"), FigureRow.documents(report).stream().map(FigureRow::name).toList());
    }
}
