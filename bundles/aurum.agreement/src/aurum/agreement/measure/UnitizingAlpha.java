package aurum.agreement.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Krippendorff's unitizing α ({@code uα}) for units on a continuum, as defined in Krippendorff,
 * <i>Content Analysis</i>, 2nd ed. (2004), section 11.6 (building on "On the reliability of unitizing
 * contiguous data", Sociological Methodology 25, 1995). Each category is a separate binary
 * unitizing: a rater's continuum splits into that category's units and the gaps between them.
 *
 * <p>Two sections of raters i and j differ by δ² = (b_i − b_j)² + (e_i − e_j)² when both are
 * overlapping units, by the unit's squared length when a unit lies wholly inside the other's gap, and
 * by 0 otherwise. D_o = Σ δ² / (m (m − 1) L²) over ordered rater pairs. D_e pairs every unit with
 * every other placement of the same length: 2 / (L (mL (mL − 1) − Σ l (l − 1))) · Σ_units
 * [(N − 1)/3 · (2l³ − 3l² + l) + l² Σ_{gaps g ≥ l} (g − l + 1)], N the category's number of units.
 * The overall α is 1 − Σ_c D_o / Σ_c D_e.
 *
 * <p>Overlapping units of one rater and one category are merged first, because the measure assumes
 * a rater's units of a category do not overlap.
 */
public final class UnitizingAlpha {

    /**
     * The coefficient over all categories and per category.
     *
     * @param overall 1 − Σ D_o / Σ D_e over the categories
     * @param perCategory each category's α, sorted by category
     */
    public record Result(Coefficient overall, Map<String, Coefficient> perCategory) {
    }

    private UnitizingAlpha() {
    }

    /** Computes uα of {@code data}; undefined with fewer than two raters. */
    public static Result of(UnitizingData data) {
        Map<String, Coefficient> perCategory = new LinkedHashMap<>();
        double observedSum = 0;
        double expectedSum = 0;
        for (String category : data.categories()) {
            Coefficient c = ofCategory(data, category);
            perCategory.put(category, c);
            if (!Double.isNaN(c.expected())) {
                observedSum += c.observed();
                expectedSum += c.expected();
            }
        }
        Coefficient overall = data.raters() < 2 || perCategory.isEmpty() ? Coefficient.UNDEFINED
                : Coefficient.alpha(observedSum, expectedSum);
        return new Result(overall, Collections.unmodifiableMap(perCategory));
    }

    /** uα of one category, e.g. {@code _cα} in Krippendorff's notation. */
    public static Coefficient ofCategory(UnitizingData data, String category) {
        int m = data.raters();
        if (m < 2) {
            return Coefficient.UNDEFINED;
        }
        List<List<long[]>> sections = new ArrayList<>();
        for (int rater = 0; rater < m; rater++) {
            sections.add(sections(data, rater, category));
        }
        double length = data.length();
        double observedSum = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                observedSum += 2 * pairDistance(sections.get(i), sections.get(j));
            }
        }
        double observed = observedSum / (m * (m - 1.0) * length * length);
        return Coefficient.alpha(observed, expected(sections, m, length));
    }

    /** Σ δ² over the overlapping sections of two raters; both lists partition the continuum in order. */
    private static double pairDistance(List<long[]> first, List<long[]> second) {
        double sum = 0;
        int a = 0;
        int b = 0;
        while (a < first.size() && b < second.size()) {
            long[] x = first.get(a);
            long[] y = second.get(b);
            sum += distance(x, y);
            if (x[1] < y[1]) {
                a++;
            } else if (y[1] < x[1]) {
                b++;
            } else {
                a++;
                b++;
            }
        }
        return sum;
    }

    /** δ² of two overlapping sections {start, end, isUnit}. */
    private static double distance(long[] x, long[] y) {
        boolean xUnit = x[2] == 1;
        boolean yUnit = y[2] == 1;
        if (xUnit && yUnit) {
            double starts = x[0] - y[0];
            double ends = x[1] - y[1];
            return starts * starts + ends * ends;
        }
        if (xUnit && !yUnit && y[0] <= x[0] && x[1] <= y[1]) {
            double l = x[1] - x[0];
            return l * l;
        }
        if (yUnit && !xUnit && x[0] <= y[0] && y[1] <= x[1]) {
            double l = y[1] - y[0];
            return l * l;
        }
        return 0;
    }

    private static double expected(List<List<long[]>> sections, int m, double length) {
        List<Long> unitLengths = new ArrayList<>();
        List<Long> gapLengths = new ArrayList<>();
        for (List<long[]> rater : sections) {
            for (long[] s : rater) {
                (s[2] == 1 ? unitLengths : gapLengths).add(s[1] - s[0]);
            }
        }
        if (unitLengths.isEmpty()) {
            return 0;
        }
        long[] gaps = gapLengths.stream().mapToLong(Long::longValue).sorted().toArray();
        double[] suffixSums = new double[gaps.length + 1];
        for (int g = gaps.length - 1; g >= 0; g--) {
            suffixSums[g] = suffixSums[g + 1] + gaps[g];
        }
        double units = unitLengths.size();
        double numerator = 0;
        double selfPairs = 0;
        for (long unitLength : unitLengths) {
            double l = unitLength;
            numerator += (units - 1) / 3.0 * (2 * l * l * l - 3 * l * l + l);
            int first = firstAtLeast(gaps, unitLength);
            double fitting = suffixSums[first] - (gaps.length - first) * (l - 1);
            numerator += l * l * fitting;
            selfPairs += l * (l - 1);
        }
        double ml = m * length;
        return 2 * numerator / (length * (ml * (ml - 1) - selfPairs));
    }

    private static int firstAtLeast(long[] sorted, long value) {
        int index = Arrays.binarySearch(sorted, value);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && sorted[index - 1] == value) {
            index--;
        }
        return index;
    }

    /** The rater's sections {start, end, 1 for a unit / 0 for a gap} covering the whole continuum. */
    private static List<long[]> sections(UnitizingData data, int rater, String category) {
        List<long[]> units = new ArrayList<>();
        for (UnitizingData.Unit u : data.units()) {
            if (u.rater() == rater && u.category().equals(category)) {
                units.add(new long[] { u.start(), u.end() });
            }
        }
        units.sort((p, q) -> Long.compare(p[0], q[0]));
        List<long[]> result = new ArrayList<>();
        long position = data.begin();
        long[] current = null;
        for (long[] u : units) {
            if (current != null && u[0] < current[1]) {
                current[1] = Math.max(current[1], u[1]);
                continue;
            }
            if (current != null) {
                result.add(current);
                position = current[1];
            }
            if (u[0] > position) {
                result.add(new long[] { position, u[0], 0 });
            }
            current = new long[] { u[0], u[1], 1 };
        }
        if (current != null) {
            result.add(current);
            position = current[1];
        }
        long end = data.begin() + data.length();
        if (position < end) {
            result.add(new long[] { position, end, 0 });
        }
        return result;
    }
}
