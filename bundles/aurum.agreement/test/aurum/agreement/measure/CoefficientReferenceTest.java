package aurum.agreement.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Cohen's κ, Fleiss' κ and nominal α against published worked examples. The data are transcribed
 * from the cited tables; the expected values are the published ones, at the published precision.
 */
class CoefficientReferenceTest {

    /**
     * Wikipedia, "Cohen's kappa", section "Simple example": 50 grant proposals, both readers say yes
     * to 20 and no to 15, A yes / B no 5, A no / B yes 10; p_o = 0.7, p_e = 0.5, κ = 0.4.
     */
    @Test
    void cohenKappaMatchesTheWikipediaGrantExample() {
        CodingData data = new CodingData(2);
        data.addTimes(20, "yes", "yes");
        data.addTimes(5, "yes", "no");
        data.addTimes(10, "no", "yes");
        data.addTimes(15, "no", "no");
        Coefficient kappa = CohenKappa.of(data, 0, 1);
        assertEquals(0.7, kappa.observed(), 1e-12);
        assertEquals(0.5, kappa.expected(), 1e-12);
        assertEquals(0.4, kappa.value(), 1e-12);
    }

    /**
     * Cohen (1960), "A coefficient of agreement for nominal scales", Educ. Psychol. Meas. 20:37–46,
     * the 200-unit example on p. 45 (also DKPro Agreement's {@code Cohen1960Test#testExample2}):
     * p_o = 0.70, p_e = 0.41, κ = 0.492.
     */
    @Test
    void cohenKappaMatchesCohens1960Example() {
        CodingData data = new CodingData(2);
        int[][] counts = { { 88, 14, 18 }, { 10, 40, 10 }, { 2, 6, 12 } };
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                data.addTimes(counts[a][b], "c" + a, "c" + b);
            }
        }
        Coefficient kappa = CohenKappa.of(data, 0, 1);
        assertEquals(0.70, kappa.observed(), 0.005);
        assertEquals(0.41, kappa.expected(), 0.005);
        assertEquals(0.492, kappa.value(), 0.0005);
    }

    /** Units one rater did not code do not count for Cohen's κ. */
    @Test
    void cohenKappaSkipsUnitsARaterLeftOut() {
        CodingData data = new CodingData(2);
        data.addTimes(20, "yes", "yes");
        data.addTimes(5, "yes", "no");
        data.addTimes(10, "no", "yes");
        data.addTimes(15, "no", "no");
        data.addTimes(7, "no", null);
        assertEquals(0.4, CohenKappa.of(data, 0, 1).value(), 1e-12);
    }

    /**
     * Wikipedia, "Fleiss' kappa", section "Worked example": 10 subjects, 14 raters, 5 categories;
     * P̄ = 0.378, P̄_e = 0.213, κ = 0.210.
     */
    @Test
    void fleissKappaMatchesTheWikipediaWorkedExample() {
        int[][] table = { { 0, 0, 0, 0, 14 }, { 0, 2, 6, 4, 2 }, { 0, 0, 3, 5, 6 }, { 0, 3, 9, 2, 0 },
                { 2, 2, 8, 1, 1 }, { 7, 7, 0, 0, 0 }, { 3, 2, 6, 3, 0 }, { 2, 5, 3, 2, 2 }, { 6, 5, 2, 1, 0 },
                { 0, 2, 2, 3, 7 } };
        Coefficient kappa = FleissKappa.of(fromCounts(table, 14));
        assertEquals(0.378, kappa.observed(), 0.0005);
        assertEquals(0.213, kappa.expected(), 0.0005);
        assertEquals(0.210, kappa.value(), 0.0005);
    }

    /**
     * Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychol. Bull. 76(5),
     * table 1 on p. 379: 30 patients, 6 psychiatrists, 5 diagnoses; P̄ = 0.556, P̄_e = 0.220,
     * κ = 0.430 (the same values in DKPro Agreement's {@code Fleiss1971Test}).
     */
    @Test
    void fleissKappaMatchesFleiss1971() {
        int[][] diagnoses = { { 4, 4, 4, 4, 4, 4 }, { 2, 2, 2, 5, 5, 5 }, { 2, 3, 3, 3, 3, 5 }, { 5, 5, 5, 5, 5, 5 },
                { 2, 2, 2, 4, 4, 4 }, { 1, 1, 3, 3, 3, 3 }, { 3, 3, 3, 3, 5, 5 }, { 1, 1, 3, 3, 3, 4 },
                { 1, 1, 4, 4, 4, 4 }, { 5, 5, 5, 5, 5, 5 }, { 1, 4, 4, 4, 4, 4 }, { 1, 2, 4, 4, 4, 4 },
                { 2, 2, 2, 3, 3, 3 }, { 1, 4, 4, 4, 4, 4 }, { 2, 2, 4, 4, 4, 5 }, { 3, 3, 3, 3, 3, 5 },
                { 1, 1, 1, 4, 5, 5 }, { 1, 1, 1, 1, 1, 2 }, { 2, 2, 4, 4, 4, 4 }, { 1, 3, 3, 5, 5, 5 },
                { 5, 5, 5, 5, 5, 5 }, { 2, 4, 4, 4, 4, 4 }, { 2, 2, 4, 5, 5, 5 }, { 1, 1, 4, 4, 4, 4 },
                { 1, 4, 4, 4, 4, 5 }, { 2, 2, 2, 2, 2, 4 }, { 1, 1, 1, 1, 5, 5 }, { 2, 2, 4, 4, 4, 4 },
                { 1, 3, 3, 3, 3, 3 }, { 5, 5, 5, 5, 5, 5 } };
        CodingData data = new CodingData(6);
        for (int[] row : diagnoses) {
            String[] values = new String[6];
            for (int r = 0; r < 6; r++) {
                values[r] = "d" + row[r];
            }
            data.add(values);
        }
        Coefficient kappa = FleissKappa.of(data);
        assertEquals(0.556, kappa.observed(), 0.0005);
        assertEquals(0.220, kappa.expected(), 0.0005);
        assertEquals(0.430, kappa.value(), 0.0005);
    }

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
     * Communication Departmental Papers 43, section C: 4 observers, 12 units, values 1–5, 7 values
     * missing; nominal α = 0.743. (The same matrix is the "C" example of R's irr::kripp.alpha.)
     */
    @Test
    void nominalAlphaMatchesKrippendorff2011WithMissingData() {
        Integer[][] observers = { { 1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null },
                { 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3 }, { null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null },
                { 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null } };
        CodingData data = new CodingData(4);
        for (int unit = 0; unit < 12; unit++) {
            String[] values = new String[4];
            for (int o = 0; o < 4; o++) {
                values[o] = observers[o][unit] == null ? null : observers[o][unit].toString();
            }
            data.add(values);
        }
        assertEquals(0.743, KrippendorffAlpha.nominal(data).value(), 0.0005);
    }

    /** With two raters and no missing data, nominal α is Scott's π corrected for sample size. */
    @Test
    void nominalAlphaOfCohensGrantExampleByHand() {
        CodingData data = new CodingData(2);
        data.addTimes(20, "yes", "yes");
        data.addTimes(5, "yes", "no");
        data.addTimes(10, "no", "yes");
        data.addTimes(15, "no", "no");
        // n = 100 values: 55 yes, 45 no; o(yes,no) + o(no,yes) = 30; α = 1 − 99·30 / (2·55·45).
        assertEquals(1 - 99.0 * 30 / (2 * 55 * 45), KrippendorffAlpha.nominal(data).value(), 1e-12);
    }

    @Test
    void coefficientsAreUndefinedWhenEveryoneUsesOneCategory() {
        CodingData data = new CodingData(3);
        data.addTimes(5, "none", "none", "none");
        assertFalse(CohenKappa.of(data, 0, 1).isDefined());
        assertFalse(FleissKappa.of(data).isDefined());
        assertFalse(KrippendorffAlpha.nominal(data).isDefined());
    }

    private static CodingData fromCounts(int[][] table, int raters) {
        CodingData data = new CodingData(raters);
        for (int[] subject : table) {
            String[] values = new String[raters];
            int r = 0;
            for (int category = 0; category < subject.length; category++) {
                for (int i = 0; i < subject[category]; i++) {
                    values[r++] = "c" + category;
                }
            }
            data.add(values);
        }
        return data;
    }
}
