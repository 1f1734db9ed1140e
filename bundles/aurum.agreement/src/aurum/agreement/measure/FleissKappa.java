package aurum.agreement.measure;

/**
 * Fleiss' κ for a fixed number of raters per unit (Fleiss 1971): P̄ is the mean over units of the
 * share of agreeing rater pairs, P_e the sum of squared pooled category proportions. Only units that
 * every rater coded take part, since the formula needs the same number of ratings per unit.
 */
public final class FleissKappa {

    private FleissKappa() {
    }

    /** Fleiss' κ over the units of {@code data} that all raters coded. */
    public static Coefficient of(CodingData data) {
        int raters = data.raters();
        int k = data.categories().size();
        if (raters < 2) {
            return Coefficient.UNDEFINED;
        }
        long[] totals = new long[k];
        int[] counts = new int[k];
        double agreementSum = 0;
        long units = 0;
        for (int unit = 0; unit < data.units(); unit++) {
            if (!complete(data, unit)) {
                continue;
            }
            java.util.Arrays.fill(counts, 0);
            for (int r = 0; r < raters; r++) {
                counts[data.value(unit, r)]++;
            }
            long pairs = 0;
            for (int c = 0; c < k; c++) {
                pairs += (long) counts[c] * (counts[c] - 1);
                totals[c] += counts[c];
            }
            agreementSum += pairs / (double) ((long) raters * (raters - 1));
            units++;
        }
        if (units == 0) {
            return Coefficient.UNDEFINED;
        }
        double expected = 0;
        for (int c = 0; c < k; c++) {
            double p = totals[c] / (double) (units * raters);
            expected += p * p;
        }
        return Coefficient.kappa(agreementSum / units, expected);
    }

    private static boolean complete(CodingData data, int unit) {
        for (int r = 0; r < data.raters(); r++) {
            if (data.value(unit, r) == CodingData.MISSING) {
                return false;
            }
        }
        return true;
    }
}
