package aurum.agreement.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import aurum.agreement.AgreementCalculator;
import aurum.agreement.AgreementReport;
import aurum.agreement.DocumentAnnotations;
import aurum.agreement.ui.chart.Reports;

class DiagnosisTest {

    @Test
    void aCorpusWithOneAnnotatorIsToldHowToGetASecond() {
        String message = Diagnosis.of(List.of("ann"), List.of("ann"), null);
        assertTrue(message.contains("two or more annotators"), message);
        assertTrue(message.contains("1 (ann)"), message);
        assertTrue(message.contains("aurum assign"), message);
        assertTrue(Diagnosis.of(List.of(), List.of(), null).contains("has none"));
    }

    @Test
    void fewerThanTwoTickedAsksForAnother() {
        assertEquals("Tick at least two annotators to compare.",
                Diagnosis.of(List.of("ann", "ben"), List.of("ben"), null));
    }

    @Test
    void noSharedDocumentSaysSo() {
        // each annotated a different document
        AgreementCalculator calculator = new AgreementCalculator(List.of("ann", "ben"), null);
        calculator.add(new DocumentAnnotations("d1", Reports.TEXT, Map.of("ann", List.of())));
        calculator.add(new DocumentAnnotations("d2", Reports.TEXT, Map.of("ben", List.of())));
        AgreementReport report = calculator.report();
        String message = Diagnosis.of(List.of("ann", "ben"), List.of("ann", "ben"), report);
        assertEquals("No document was annotated by two or more of ann, ben: there is nothing to compare yet.", message);
    }

    @Test
    void aReportWithSharedDocumentsHasNoProblem() {
        assertNull(Diagnosis.of(List.of("ann", "ben"), List.of("ann", "ben"), Reports.twoAnnotators()));
    }
}
