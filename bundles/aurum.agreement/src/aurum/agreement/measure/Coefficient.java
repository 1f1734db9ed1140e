package aurum.agreement.measure;

/**
 * A chance-corrected coefficient with the two quantities it is made of.
 *
 * @param observed observed agreement (κ) or observed disagreement (α)
 * @param expected agreement (κ) or disagreement (α) expected by chance
 * @param value the coefficient; {@link Double#NaN} when undefined
 */
public record Coefficient(double observed, double expected, double value) {

    /** A coefficient that cannot be computed from the data at hand. */
    public static final Coefficient UNDEFINED = new Coefficient(Double.NaN, Double.NaN, Double.NaN);

    /** Tells whether the value is a number. */
    public boolean isDefined() {
        return !Double.isNaN(value);
    }

    /** κ = (P_o − P_e) / (1 − P_e); undefined when P_e is 1. */
    static Coefficient kappa(double observed, double expected) {
        double value = expected >= 1.0 ? Double.NaN : (observed - expected) / (1.0 - expected);
        return new Coefficient(observed, expected, value);
    }

    /** α = 1 − D_o / D_e; undefined when D_e is 0. */
    static Coefficient alpha(double observed, double expected) {
        double value = expected <= 0.0 ? Double.NaN : 1.0 - observed / expected;
        return new Coefficient(observed, expected, value);
    }
}
