package aurum.agreement.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Unitizing α against Krippendorff's own worked examples, with the values DKPro Agreement's tests
 * document for them ({@code org.dkpro.statistics.agreement.unitizing.Krippendorff2004Test} and
 * {@code Krippendorff1995Test}).
 */
class UnitizingAlphaTest {

    /**
     * Krippendorff, <i>Content Analysis</i>, 2nd ed. (2004), pp. 251–256: two observers unitize the
     * continuum [150, 450) into categories c and k. Published: _cD_o = 0.0144, _cD_e = 0.0532,
     * _cα = 0.7286; _kD_o = 0, _kD_e = 0.0490, _kα = 1; overall uα = 0.8591 (the book combines the
     * rounded disagreements, 1 − 0.0144 / (0.0532 + 0.0490); unrounded it is 0.8587).
     */
    @Test
    void matchesKrippendorff2004WorkedExample() {
        UnitizingData data = new UnitizingData(150, 300, 2);
        data.add(0, 225, 295, "c");
        data.add(0, 370, 400, "c");
        data.add(1, 220, 300, "c");
        data.add(1, 355, 375, "c");
        data.add(1, 400, 420, "c");
        data.add(0, 180, 240, "k");
        data.add(0, 300, 350, "k");
        data.add(1, 180, 240, "k");
        data.add(1, 300, 350, "k");
        UnitizingAlpha.Result result = UnitizingAlpha.of(data);
        Coefficient c = result.perCategory().get("c");
        assertEquals(0.0144, c.observed(), 0.00005);
        assertEquals(0.0532, c.expected(), 0.00005);
        assertEquals(0.7286, c.value(), 0.0005);
        Coefficient k = result.perCategory().get("k");
        assertEquals(0.0, k.observed(), 1e-12);
        assertEquals(0.0490, k.expected(), 0.00005);
        assertEquals(1.0, k.value(), 1e-12);
        assertEquals(0.8591, result.overall().value(), 0.0005);
    }

    /**
     * Krippendorff (1995), "On the reliability of unitizing contiguous data", Sociological Methodology
     * 25:47–76, p. 57: four pairs of coders on a continuum of 24. The observed disagreements do not
     * depend on the continuum's resolution: A 0.03125, B 2.26736, C 0.02777, D 0.38715.
     */
    @Test
    void observedDisagreementMatchesKrippendorff1995() {
        UnitizingData data = krippendorff1995(1);
        assertEquals(0.03125, UnitizingAlpha.ofCategory(data, "A").observed(), 0.00001);
        assertEquals(2.26736, UnitizingAlpha.ofCategory(data, "B").observed(), 0.00001);
        assertEquals(0.02777, UnitizingAlpha.ofCategory(data, "C").observed(), 0.00001);
        assertEquals(0.38715, UnitizingAlpha.ofCategory(data, "D").observed(), 0.00001);
    }

    /**
     * The same example stretched to a fine-grained continuum, where the expected disagreement
     * converges to the paper's continuous values: α_A ≈ 0.553, α_B ≈ −0.926, α_C ≈ 0.679,
     * α_D ≈ 0.066 (tolerance 0.02 as in DKPro's test; the paper computes D_e in the continuous limit).
     */
    @Test
    void alphaPerCategoryMatchesKrippendorff1995InTheContinuousLimit() {
        UnitizingData data = krippendorff1995(50_000);
        assertEquals(0.553, UnitizingAlpha.ofCategory(data, "A").value(), 0.02);
        assertEquals(-0.926, UnitizingAlpha.ofCategory(data, "B").value(), 0.02);
        assertEquals(0.679, UnitizingAlpha.ofCategory(data, "C").value(), 0.02);
        assertEquals(0.066, UnitizingAlpha.ofCategory(data, "D").value(), 0.02);
    }

    /** By hand: identical units agree perfectly; a unit only one rater marked is a full disagreement. */
    @Test
    void smallCaseByHand() {
        UnitizingData same = new UnitizingData(0, 10, 2);
        same.add(0, 2, 4, "X");
        same.add(1, 2, 4, "X");
        assertEquals(1.0, UnitizingAlpha.of(same).overall().value(), 1e-12);

        UnitizingData lonely = new UnitizingData(0, 10, 2);
        lonely.add(0, 2, 4, "X");
        // D_o = 2 · 2² / (2 · 1 · 10²) = 0.04. D_e: N = 1, l = 2, gaps of length 2, 6 (rater 0) and
        // 10 (rater 1) → Σ (g − l + 1) = 1 + 5 + 9 = 15; numerator 0 + 4 · 15 = 60;
        // D_e = 2 · 60 / (10 · (20 · 19 − 2)) = 120 / 3780.
        Coefficient c = UnitizingAlpha.ofCategory(lonely, "X");
        assertEquals(0.04, c.observed(), 1e-12);
        assertEquals(120.0 / 3780, c.expected(), 1e-12);
        assertEquals(1 - 0.04 / (120.0 / 3780), c.value(), 1e-12);
    }

    @Test
    void overlappingUnitsOfOneRaterAreMerged() {
        UnitizingData split = new UnitizingData(0, 20, 2);
        split.add(0, 2, 6, "X");
        split.add(0, 4, 8, "X");
        split.add(1, 2, 8, "X");
        assertEquals(0.0, UnitizingAlpha.ofCategory(split, "X").observed(), 1e-12);
    }

    @Test
    void oneRaterIsUndefinedAndUnitsOutsideAreRefused() {
        UnitizingData data = new UnitizingData(0, 10, 1);
        data.add(0, 0, 3, "X");
        assertFalse(UnitizingAlpha.of(data).overall().isDefined());
        assertThrows(IllegalArgumentException.class, () -> data.add(0, 8, 12, "X"));
    }

    private static UnitizingData krippendorff1995(int stretch) {
        UnitizingData data = new UnitizingData(0, 24L * stretch, 2);
        int[][] units = { // rater, start, length — transcribed from the figure on p. 57
                { 0, 2, 8 }, { 0, 14, 6 }, { 1, 4, 4 }, { 1, 15, 2 } };
        add(data, "A", units, stretch);
        add(data, "B", new int[][] { { 0, 0, 18 }, { 1, 0, 2 }, { 1, 2, 1 }, { 1, 3, 1 }, { 1, 4, 1 }, { 1, 5, 1 },
                { 1, 6, 3 }, { 1, 9, 1 } }, stretch);
        add(data, "C", new int[][] { { 0, 2, 6 }, { 0, 10, 2 }, { 0, 14, 4 }, { 0, 20, 2 }, { 1, 0, 2 }, { 1, 4, 4 },
                { 1, 10, 4 }, { 1, 16, 2 }, { 1, 20, 2 } }, stretch);
        add(data, "D", new int[][] { { 0, 0, 2 }, { 0, 2, 8 }, { 0, 10, 4 }, { 0, 14, 6 }, { 0, 20, 4 }, { 1, 0, 4 },
                { 1, 4, 4 }, { 1, 8, 7 }, { 1, 15, 2 }, { 1, 17, 7 } }, stretch);
        return data;
    }

    private static void add(UnitizingData data, String category, int[][] units, int stretch) {
        for (int[] u : units) {
            data.add(u[0], (long) u[1] * stretch, (long) (u[1] + u[2]) * stretch, category);
        }
    }
}
