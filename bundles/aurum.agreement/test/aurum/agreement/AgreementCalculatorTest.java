package aurum.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import aurum.core.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures of a case small enough to compute by hand (the arithmetic is in the comments). */
class AgreementCalculatorTest {

    //                       0         1         2         3
    //                       0123456789012345678901234567890123
    private static final String TEXT = "Blinken met Austin in Tokyo today.";

    /**
     * Tokens: Blinken met Austin in Tokyo today . (7)
     * alice: PER none PER none GPE none none — spans PER[0,7) PER[12,18) GPE[22,27)
     * bob:   PER none ORG GPE  GPE none none — spans PER[0,7) ORG[12,18) GPE[19,27)
     */
    private static AgreementReport report(String label) {
        AgreementCalculator calculator = new AgreementCalculator(List.of("alice", "bob"), label);
        calculator.add(new DocumentAnnotations("d", TEXT, Map.of(
                "alice", List.of(span(0, 7, "PER"), span(12, 18, "PER"), span(22, 27, "GPE")),
                "bob", List.of(span(0, 7, "PER"), span(12, 18, "ORG"), span(19, 27, "GPE")))));
        return calculator.report();
    }

    @Test
    void tokenCoefficientsByHand() {
        Figures f = report(null).overall();
        assertEquals(7, f.tokens());
        // P_o = 5/7; P_e = (PER 2·1 + none 4·3 + GPE 1·2) / 49 = 16/49; κ = (35 − 16) / (49 − 16) = 19/33
        assertEquals(5.0 / 7, f.cohenKappa().observed(), 1e-12);
        assertEquals(16.0 / 49, f.cohenKappa().expected(), 1e-12);
        assertEquals(19.0 / 33, f.cohenKappa().value(), 1e-12);
        // Fleiss with two raters is Scott's π: pooled PER 3, none 7, GPE 3, ORG 1 of 14 → P_e = 68/196,
        // κ = (140 − 68) / (196 − 68) = 72/128
        assertEquals(72.0 / 128, f.fleissKappa().value(), 1e-12);
        // α: two disagreeing tokens give Σ o_ck = 4, n = 14; α = 1 − 13·4 / (196 − 68) = 1 − 52/128
        assertEquals(1 - 52.0 / 128, f.tokenAlpha().value(), 1e-12);
    }

    @Test
    void spanScoresByHand() {
        MatchCounts m = report(null).overall().matches();
        // strict: only PER[0,7) is shared → P = R = F1 = 1/3
        assertEquals(1.0 / 3, m.strictPrecision(), 1e-12);
        assertEquals(1.0 / 3, m.strictRecall(), 1e-12);
        assertEquals(1.0 / 3, m.strictF1(), 1e-12);
        // lenient: Blinken and the overlapping GPEs match on both sides, Austin (PER vs ORG) does not
        assertEquals(2.0 / 3, m.lenientPrecision(), 1e-12);
        assertEquals(2.0 / 3, m.lenientRecall(), 1e-12);
        assertEquals(2.0 / 3, m.lenientF1(), 1e-12);
    }

    @Test
    void confusionAlignsExactOffsetsThenOverlap() {
        ConfusionMatrix c = report(null).confusion();
        assertEquals(1, c.count("PER", "PER"));
        assertEquals(1, c.count("PER", "ORG"));
        assertEquals(1, c.count("GPE", "GPE"));
        assertEquals(0, c.count("PER", ConfusionMatrix.NONE));
        assertEquals(List.of("GPE", "ORG", "PER", "none"), c.labels());
    }

    @Test
    void perLabelFiguresAreBinary() {
        Figures per = report(null).perLabel().get("PER");
        // PER vs rest: alice PER on tokens 1 and 3, bob on 1; P_o = 6/7, P_e = (2·1 + 5·6)/49 = 32/49,
        // κ = (42 − 32) / (49 − 32) = 10/17
        assertEquals(10.0 / 17, per.cohenKappa().value(), 1e-12);
        assertEquals(2.0 / 3, per.matches().strictF1(), 1e-12); // 2·1 / (2 + 1)
        assertEquals(3, per.spans());
        assertFalse(report(null).perLabel().get("ORG").matches().strictF1() > 0);
    }

    @Test
    void labelOptionRestrictsEverything() {
        AgreementReport gpe = report("GPE");
        assertEquals(List.of("GPE"), List.copyOf(gpe.perLabel().keySet()));
        assertEquals(2, gpe.overall().spans());
        assertEquals(0.0, gpe.overall().matches().strictF1(), 1e-12);
        assertEquals(1.0, gpe.overall().matches().lenientF1(), 1e-12);
    }

    @Test
    void identicalLayersAgreePerfectly() {
        AgreementCalculator calculator = new AgreementCalculator(List.of("a", "b", "c"), null);
        List<Span> same = List.of(span(0, 7, "PER"), span(22, 27, "GPE"));
        calculator.add(new DocumentAnnotations("d", TEXT, Map.of("a", same, "b", same, "c", same)));
        Figures f = calculator.report().overall();
        assertEquals(1.0, f.cohenKappa().value(), 1e-12);
        assertEquals(1.0, f.fleissKappa().value(), 1e-12);
        assertEquals(1.0, f.tokenAlpha().value(), 1e-12);
        assertEquals(1.0, f.unitizingAlpha().value(), 1e-12);
        assertEquals(1.0, f.matches().strictF1(), 1e-12);
    }

    @Test
    void needsTwoDifferentAnnotators() {
        assertThrows(IllegalArgumentException.class, () -> new AgreementCalculator(List.of("a"), null));
        assertThrows(IllegalArgumentException.class, () -> new AgreementCalculator(List.of("a", "a"), null));
    }

    private static Span span(int start, int end, String label) {
        return Span.builder().range(start, end).label(label).created(ThreeAnnotators.TIME).build();
    }
}
