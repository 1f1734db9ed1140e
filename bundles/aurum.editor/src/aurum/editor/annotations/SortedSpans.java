package aurum.editor.annotations;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import aurum.core.model.Span;

/** The spans of a layer in the table's current order; rows are looked up by index for the virtual table. */
final class SortedSpans {

    private Span[] rows = new Span[0];
    private SpanColumn column = SpanColumn.START;
    private boolean ascending = true;

    void load(List<Span> spans, String documentText) {
        rows = spans.toArray(Span[]::new);
        sort(documentText);
    }

    void sortBy(SpanColumn newColumn, boolean newAscending, String documentText) {
        column = newColumn;
        ascending = newAscending;
        sort(documentText);
    }

    private void sort(String documentText) {
        Comparator<Span> order = column.order(documentText);
        Arrays.sort(rows, ascending ? order : order.reversed());
    }

    Span at(int index) {
        return rows[index];
    }

    int size() {
        return rows.length;
    }

    int indexOf(String spanId) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].id().equals(spanId)) {
                return i;
            }
        }
        return -1;
    }

    SpanColumn column() {
        return column;
    }

    boolean ascending() {
        return ascending;
    }

    List<Span> asList() {
        return List.of(rows);
    }
}
