package aurum.agreement.ui.chart;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import aurum.agreement.AgreementCalculator;
import aurum.agreement.AgreementReport;
import aurum.agreement.DocumentAnnotations;
import aurum.core.model.Span;

/** A small report of two annotators who agree on one city, differ on a name's label and on a third span. */
public final class Reports {

    /** "Ann Lee flew from Tokyo to Osaka 🛫 on Monday." */
    public static final String TEXT = "Ann Lee flew from Tokyo to Osaka \uD83D\uDEEB on Monday.";

    private Reports() {
    }

    public static AgreementReport twoAnnotators() {
        AgreementCalculator calculator = new AgreementCalculator(List.of("ann", "ben"), null);
        calculator.add(new DocumentAnnotations("d1", TEXT, Map.of(
                "ann", List.of(span("Ann Lee", "PER"), span("Tokyo", "GPE"), span("Osaka", "GPE")),
                "ben", List.of(span("Ann Lee", "ORG"), span("Tokyo", "GPE")))));
        return calculator.report();
    }

    static Span span(String covered, String label) {
        int start = TEXT.indexOf(covered);
        return Span.builder().range(start, start + covered.length()).label(label)
                .created(Instant.parse("2026-01-02T03:04:05Z")).build();
    }
}
