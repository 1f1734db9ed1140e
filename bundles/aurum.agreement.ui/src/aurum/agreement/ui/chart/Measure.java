package aurum.agreement.ui.chart;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

import aurum.agreement.Figures;

/** An agreement figure the view can show in a column or chart, with its heading. */
public enum Measure {
    /** Mean pairwise token-level Cohen's κ. */
    COHEN_KAPPA("Cohen κ", f -> f.cohenKappa().value()),
    /** Token-level Fleiss' κ. */
    FLEISS_KAPPA("Fleiss κ", f -> f.fleissKappa().value()),
    /** Token-level nominal Krippendorff's α. */
    TOKEN_ALPHA("α tokens", f -> f.tokenAlpha().value()),
    /** Krippendorff's unitizing α over the spans. */
    UNITIZING_ALPHA("uα", f -> f.unitizingAlpha().value()),
    /** Span precision, identical offsets and label. */
    STRICT_PRECISION("strict P", f -> f.matches().strictPrecision()),
    /** Span recall, identical offsets and label. */
    STRICT_RECALL("strict R", f -> f.matches().strictRecall()),
    /** Span F1, identical offsets and label. */
    STRICT_F1("strict F1", f -> f.matches().strictF1()),
    /** Span precision, overlap with the same label. */
    LENIENT_PRECISION("lenient P", f -> f.matches().lenientPrecision()),
    /** Span recall, overlap with the same label. */
    LENIENT_RECALL("lenient R", f -> f.matches().lenientRecall()),
    /** Span F1, overlap with the same label. */
    LENIENT_F1("lenient F1", f -> f.matches().lenientF1());

    private final String heading;
    private final ToDoubleFunction<Figures> value;

    Measure(String heading, ToDoubleFunction<Figures> value) {
        this.heading = heading;
        this.value = value;
    }

    /** The column heading and chart title. */
    public String heading() {
        return heading;
    }

    /** The figure of {@code figures}; NaN when undefined. */
    public double of(Figures figures) {
        return value.applyAsDouble(figures);
    }

    /** The value as the view writes it: four decimals like {@code aurum agree}, or {@code n/a}. */
    public static String format(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** The measure whose heading is {@code heading}. */
    public static Measure headed(String heading) {
        for (Measure m : values()) {
            if (m.heading.equals(heading)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no measure is headed '" + heading + "'");
    }
}
