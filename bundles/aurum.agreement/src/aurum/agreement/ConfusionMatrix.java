package aurum.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Span-level label confusion: for every pair of annotators (the earlier one in the annotator order as
 * the row), spans are aligned one to one — identical offsets first, then the largest overlap — and
 * each aligned pair counts in the cell (row label, column label). A span with no partner counts
 * against {@link #NONE}. The diagonal therefore holds spans both annotators labelled alike, whatever
 * their boundaries.
 */
public final class ConfusionMatrix {

    /** The category of "no span here". */
    public static final String NONE = "none";

    private final Map<String, Map<String, Long>> cells = new TreeMap<>();

    /** Counts one aligned pair (or a span against {@link #NONE}). */
    public void add(String rowLabel, String columnLabel) {
        cells.computeIfAbsent(rowLabel, k -> new TreeMap<>()).merge(columnLabel, 1L, Long::sum);
    }

    /** Adds all counts of {@code other}. */
    public void addAll(ConfusionMatrix other) {
        other.cells.forEach((row, columns) -> columns.forEach((column, n) -> cells
                .computeIfAbsent(row, k -> new TreeMap<>()).merge(column, n, Long::sum)));
    }

    /** The count of a cell, 0 if never counted. */
    public long count(String rowLabel, String columnLabel) {
        return cells.getOrDefault(rowLabel, Map.of()).getOrDefault(columnLabel, 0L);
    }

    /** Every label seen in a row or column, sorted, with {@link #NONE} last. */
    public List<String> labels() {
        TreeMap<String, Boolean> labels = new TreeMap<>();
        cells.forEach((row, columns) -> {
            labels.put(row, true);
            columns.keySet().forEach(c -> labels.put(c, true));
        });
        labels.remove(NONE);
        List<String> result = new ArrayList<>(labels.keySet());
        result.add(NONE);
        return Collections.unmodifiableList(result);
    }
}
