package aurum.agreement.measure;

/**
 * Cohen's κ for two raters (Cohen 1960): P_o is the share of units both coded alike, P_e the sum
 * over categories of the product of the two raters' own marginal proportions. Units either rater
 * left uncoded are skipped.
 */
public final class CohenKappa {

    private CohenKappa() {
    }

    /** κ between raters {@code first} and {@code second} of {@code data}. */
    public static Coefficient of(CodingData data, int first, int second) {
        int k = data.categories().size();
        long[] firstCounts = new long[k];
        long[] secondCounts = new long[k];
        long agreed = 0;
        long n = 0;
        for (int unit = 0; unit < data.units(); unit++) {
            int a = data.value(unit, first);
            int b = data.value(unit, second);
            if (a == CodingData.MISSING || b == CodingData.MISSING) {
                continue;
            }
            n++;
            firstCounts[a]++;
            secondCounts[b]++;
            if (a == b) {
                agreed++;
            }
        }
        if (n == 0) {
            return Coefficient.UNDEFINED;
        }
        double expected = 0;
        for (int c = 0; c < k; c++) {
            expected += (firstCounts[c] / (double) n) * (secondCounts[c] / (double) n);
        }
        return Coefficient.kappa(agreed / (double) n, expected);
    }
}
