package aurum.agreement.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reliability data in canonical form: units (rows) coded by a fixed list of raters (columns) with
 * nominal categories, some values missing. Categories are stored as small integers; {@code -1} marks
 * a missing value (the rater did not code the unit).
 */
public final class CodingData {

    /** The value of a missing entry in {@link #value}. */
    public static final int MISSING = -1;

    private final int raters;
    private final List<String> categories = new ArrayList<>();
    private final Map<String, Integer> categoryIndex = new HashMap<>();
    private final List<int[]> rows = new ArrayList<>();

    /** Creates empty data for {@code raters} raters. */
    public CodingData(int raters) {
        if (raters < 1) {
            throw new IllegalArgumentException("need at least one rater, got " + raters);
        }
        this.raters = raters;
    }

    /**
     * Adds one unit with the raters' categories in rater order; {@code null} for a rater who did not
     * code it.
     */
    public void add(String... values) {
        if (values.length != raters) {
            throw new IllegalArgumentException("a unit needs " + raters + " values, got " + values.length);
        }
        int[] row = new int[raters];
        for (int r = 0; r < raters; r++) {
            row[r] = values[r] == null ? MISSING : indexOf(values[r]);
        }
        rows.add(row);
    }

    /** Adds {@code times} identical units, e.g. one cell of a published contingency table. */
    public void addTimes(int times, String... values) {
        for (int i = 0; i < times; i++) {
            add(values);
        }
    }

    /** The number of raters. */
    public int raters() {
        return raters;
    }

    /** The number of units. */
    public int units() {
        return rows.size();
    }

    /** The categories in order of first use; {@link #value} returns indices into this list. */
    public List<String> categories() {
        return Collections.unmodifiableList(categories);
    }

    /** The category index rater {@code rater} gave unit {@code unit}, or {@link #MISSING}. */
    public int value(int unit, int rater) {
        return rows.get(unit)[rater];
    }

    private int indexOf(String category) {
        return categoryIndex.computeIfAbsent(category, c -> {
            categories.add(c);
            return categories.size() - 1;
        });
    }
}
