package aurum.agreement.measure;

/**
 * Krippendorff's α for nominal data with any number of raters and missing values, computed through
 * the coincidence matrix as in Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011):
 * each unit coded by m_u ≥ 2 raters adds its m_u(m_u − 1) ordered value pairs weighted 1/(m_u − 1);
 * α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k. Units with fewer than two values are not
 * pairable and are skipped.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /**
     * Nominal α of {@code data}. The coefficient's observed and expected parts are the disagreements
     * D_o = Σ_{c≠k} o_ck / n and D_e = Σ_{c≠k} n_c n_k / (n (n − 1)).
     */
    public static Coefficient nominal(CodingData data) {
        int k = data.categories().size();
        double[] marginals = new double[k];
        int[] counts = new int[k];
        double disagreeing = 0;
        for (int unit = 0; unit < data.units(); unit++) {
            java.util.Arrays.fill(counts, 0);
            int m = 0;
            for (int r = 0; r < data.raters(); r++) {
                int value = data.value(unit, r);
                if (value != CodingData.MISSING) {
                    counts[value]++;
                    m++;
                }
            }
            if (m < 2) {
                continue;
            }
            // Σ_{c≠k} of this unit's ordered pairs is m² − Σ_c n_uc², each weighted 1/(m − 1).
            long sameSquares = 0;
            for (int c = 0; c < k; c++) {
                sameSquares += (long) counts[c] * counts[c];
                marginals[c] += counts[c];
            }
            disagreeing += ((long) m * m - sameSquares) / (double) (m - 1);
        }
        double n = 0;
        double squares = 0;
        for (double marginal : marginals) {
            n += marginal;
            squares += marginal * marginal;
        }
        if (n < 2) {
            return Coefficient.UNDEFINED;
        }
        double observed = disagreeing / n;
        double expected = (n * n - squares) / (n * (n - 1));
        return Coefficient.alpha(observed, expected);
    }
}
