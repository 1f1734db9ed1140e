package aurum.agreement.report;

import aurum.agreement.Figures;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The figure columns shared by the three formats, with their headings. */
final class Columns {

    /** A column: heading for the table, key for CSV and JSON, and how to read it. */
    record Column(String heading, String key, ToDoubleFunction<Figures> value) {
    }

    static final List<Column> ALL = List.of(
            new Column("Cohen κ", "cohenKappa", f -> f.cohenKappa().value()),
            new Column("Fleiss κ", "fleissKappa", f -> f.fleissKappa().value()),
            new Column("α tok", "tokenAlpha", f -> f.tokenAlpha().value()),
            new Column("uα", "unitizingAlpha", f -> f.unitizingAlpha().value()),
            new Column("strict P", "strictPrecision", f -> f.matches().strictPrecision()),
            new Column("strict R", "strictRecall", f -> f.matches().strictRecall()),
            new Column("strict F1", "strictF1", f -> f.matches().strictF1()),
            new Column("lenient P", "lenientPrecision", f -> f.matches().lenientPrecision()),
            new Column("lenient R", "lenientRecall", f -> f.matches().lenientRecall()),
            new Column("lenient F1", "lenientF1", f -> f.matches().lenientF1()));

    private Columns() {
    }

    /** Four decimals, or {@code undefined} for NaN. */
    static String number(double value, String undefined) {
        return Double.isNaN(value) ? undefined : String.format(Locale.ROOT, "%.4f", value);
    }
}
