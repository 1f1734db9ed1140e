package aurum.agreement.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import aurum.agreement.ui.chart.Measure;

/**
 * A column of a figures table: its heading, its text and its sort order. Undefined figures sort after
 * every number whichever way the column is sorted, so they never crowd out the top rows.
 *
 * @param heading the column title
 * @param width the initial width in pixels
 * @param text the cell text
 * @param order the ascending order of rows
 * @param numeric whether the column holds numbers (right-aligned, first sorted descending)
 */
public record FigureColumn(String heading, int width, java.util.function.Function<FigureRow, String> text,
        Comparator<FigureRow> order, boolean numeric) {

    /** The columns: name, documents, tokens, spans, then every {@link Measure}. */
    public static List<FigureColumn> all(String nameHeading) {
        List<FigureColumn> columns = new ArrayList<>();
        columns.add(new FigureColumn(nameHeading, 150, FigureRow::name,
                Comparator.comparing(FigureRow::name, String.CASE_INSENSITIVE_ORDER), false));
        columns.add(count("docs", r -> r.figures().documents()));
        columns.add(count("tokens", r -> r.figures().tokens()));
        columns.add(count("spans", r -> r.figures().spans()));
        for (Measure m : Measure.values()) {
            columns.add(new FigureColumn(m.heading(), 72, r -> Measure.format(m.of(r.figures())),
                    (a, b) -> Double.compare(m.of(a.figures()), m.of(b.figures())), true));
        }
        return columns;
    }

    private static FigureColumn count(String heading, java.util.function.ToLongFunction<FigureRow> value) {
        return new FigureColumn(heading, 60, r -> Long.toString(value.applyAsLong(r)),
                Comparator.comparingLong(value), true);
    }

    /**
     * Compares two rows for a table sorted on this column: the overall row first, NaN figures last.
     *
     * @param ascending the sort direction
     */
    public int compare(FigureRow a, FigureRow b, boolean ascending) {
        if (a.overall() != b.overall()) {
            return a.overall() ? -1 : 1;
        }
        boolean aUndefined = "n/a".equals(text.apply(a));
        boolean bUndefined = "n/a".equals(text.apply(b));
        if (aUndefined != bUndefined) {
            return aUndefined ? 1 : -1;
        }
        int c = order.compare(a, b);
        return ascending ? c : -c;
    }
}
