package aurum.agreement.ui.chart;

import java.util.List;

import aurum.agreement.ConfusionMatrix;

/**
 * The confusion matrix as a grid of counts over the same labels in rows and columns, {@code none}
 * last, and the shade of each cell. Shades grow with the square root of the count so that a few
 * disagreements still show next to a diagonal of hundreds; an empty cell has shade 0.
 *
 * @param labels the row and column labels
 * @param counts counts[row][column]
 * @param max the largest count, 0 when there is none
 */
public record HeatMapModel(List<String> labels, long[][] counts, long max) {

    /** An empty map, before a report is there. */
    public static final HeatMapModel EMPTY = new HeatMapModel(List.of(), new long[0][0], 0);

    /** The cells of {@code matrix}. */
    public static HeatMapModel of(ConfusionMatrix matrix) {
        List<String> labels = matrix.labels();
        long[][] counts = new long[labels.size()][labels.size()];
        long max = 0;
        for (int r = 0; r < labels.size(); r++) {
            for (int c = 0; c < labels.size(); c++) {
                counts[r][c] = matrix.count(labels.get(r), labels.get(c));
                max = Math.max(max, counts[r][c]);
            }
        }
        return new HeatMapModel(labels, counts, max);
    }

    /** The count in row {@code row}, column {@code column}. */
    public long count(int row, int column) {
        return counts[row][column];
    }

    /** The count for the labels {@code row} and {@code column}; 0 when either is not shown. */
    public long count(String row, String column) {
        int r = labels.indexOf(row);
        int c = labels.indexOf(column);
        return r < 0 || c < 0 ? 0 : counts[r][c];
    }

    /** The shade of a cell, 0 to 1: 0 for an empty cell, √(count / max) otherwise. */
    public double shade(int row, int column) {
        return max == 0 ? 0 : Math.sqrt((double) counts[row][column] / max);
    }

    /** Whether there is anything to draw: at least one label besides {@code none} and one count. */
    public boolean isEmpty() {
        return labels.size() <= 1 || max == 0;
    }
}
