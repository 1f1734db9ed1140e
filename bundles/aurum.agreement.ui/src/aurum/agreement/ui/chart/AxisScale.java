package aurum.agreement.ui.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The value axis of a bar chart: from {@link #min()} to {@link #max()} in steps of {@link #STEP}. It
 * always shows 0 to 1, the range of F1 and of agreement better than chance, and reaches down to −1 in
 * quarter steps when a κ or α is negative (worse than chance), so bars of different measures compare.
 *
 * @param min the lowest value on the axis, a multiple of {@link #STEP}, at least −1
 * @param max the highest value on the axis, 1
 */
public record AxisScale(double min, double max) {

    /** The distance between two ticks. */
    public static final double STEP = 0.25;

    /** The axis for {@code values}; NaN values (undefined figures) are ignored. */
    public static AxisScale of(double... values) {
        double low = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                low = Math.min(low, v);
            }
        }
        low = Math.max(-1, Math.floor(low / STEP) * STEP);
        return new AxisScale(low, 1);
    }

    /** Where {@code value} lies between min (0) and max (1), clamped. */
    public double fraction(double value) {
        double f = (value - min) / (max - min);
        return Math.max(0, Math.min(1, f));
    }

    /**
     * The pixel of {@code value} on an axis drawn from pixel {@code low} (the minimum) to pixel
     * {@code high} (the maximum); {@code high} may be smaller than {@code low}, as on a vertical axis.
     */
    public int pixel(double value, int low, int high) {
        return low + (int) Math.round(fraction(value) * (high - low));
    }

    /** The tick values from min to max. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        int steps = (int) Math.round((max - min) / STEP);
        for (int i = 0; i <= steps; i++) {
            ticks.add(min + i * STEP);
        }
        return ticks;
    }
}
