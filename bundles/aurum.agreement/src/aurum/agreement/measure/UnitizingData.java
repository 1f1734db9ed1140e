package aurum.agreement.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Units that several raters marked on one continuum {@code [begin, begin + length)}, each with a
 * category: the input of {@link UnitizingAlpha}. For a text the continuum is its characters.
 */
public final class UnitizingData {

    /**
     * One marked unit.
     *
     * @param rater index of the rater, 0-based
     * @param start first position covered
     * @param end position after the last one covered
     * @param category the unit's category
     */
    public record Unit(int rater, long start, long end, String category) {
    }

    private final long begin;
    private final long length;
    private final int raters;
    private final List<Unit> units = new ArrayList<>();

    /** Creates data for {@code raters} raters on the continuum {@code [begin, begin + length)}. */
    public UnitizingData(long begin, long length, int raters) {
        if (length < 1 || raters < 1) {
            throw new IllegalArgumentException("need a continuum of length ≥ 1 and ≥ 1 rater, got length "
                    + length + " and " + raters + " raters");
        }
        this.begin = begin;
        this.length = length;
        this.raters = raters;
    }

    /**
     * Adds a unit {@code [start, end)} of {@code category} marked by {@code rater}.
     *
     * @throws IllegalArgumentException if the unit is empty or leaves the continuum
     */
    public void add(int rater, long start, long end, String category) {
        if (rater < 0 || rater >= raters) {
            throw new IllegalArgumentException("rater " + rater + " is not one of the " + raters + " raters");
        }
        if (start < begin || end > begin + length || end <= start) {
            throw new IllegalArgumentException("unit [" + start + ", " + end + ") of rater " + rater
                    + " is empty or outside the continuum [" + begin + ", " + (begin + length) + ")");
        }
        units.add(new Unit(rater, start, end, category));
    }

    /** Where the continuum begins. */
    public long begin() {
        return begin;
    }

    /** The continuum's length L. */
    public long length() {
        return length;
    }

    /** The number of raters m. */
    public int raters() {
        return raters;
    }

    /** The units in the order added. */
    public List<Unit> units() {
        return Collections.unmodifiableList(units);
    }

    /** The categories used, sorted. */
    public Set<String> categories() {
        Set<String> result = new TreeSet<>();
        units.forEach(u -> result.add(u.category()));
        return result;
    }
}
