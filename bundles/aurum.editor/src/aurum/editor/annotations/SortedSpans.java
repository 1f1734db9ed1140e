package aurum.editor.annotations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import aurum.core.model.Layer;
import aurum.core.model.Span;

/**
 * The spans of a layer in the table's current order; rows are looked up by index for the virtual table.
 * Sorted by start (the default) the rows are the layer's own document order, read from its span index one
 * row at a time, so showing a layer of 100k spans makes no copy; any other order sorts a copy.
 */
final class SortedSpans {

    private Layer layer;
    /** The rows in a sorted copy, or null while they are read from the layer in document order. */
    private Span[] sorted;
    private SpanColumn column = SpanColumn.START;
    private boolean ascending = true;

    void load(Layer newLayer, String documentText) {
        layer = newLayer;
        sort(documentText);
    }

    void sortBy(SpanColumn newColumn, boolean newAscending, String documentText) {
        column = newColumn;
        ascending = newAscending;
        sort(documentText);
    }

    private void sort(String documentText) {
        if (layer == null || column == SpanColumn.START) {
            // document order is by start, then enclosing spans first: sorting by start with ties in document order
            sorted = null;
            return;
        }
        Comparator<Span> order = column.order(documentText);
        sorted = layer.spans().toArray(Span[]::new);
        Arrays.sort(sorted, ascending ? order : order.reversed());
    }

    /** The span of row {@code index}, or null if the layer has fewer rows now than the table was told. */
    Span at(int index) {
        if (sorted != null) {
            return sorted[index];
        }
        return index < size() ? layer.spanAt(ascending ? index : size() - 1 - index) : null;
    }

    int size() {
        return sorted != null ? sorted.length : layer == null ? 0 : layer.size();
    }

    int indexOf(String spanId) {
        if (sorted == null) {
            int position = layer == null ? -1 : layer.positionOf(spanId);
            return position < 0 || ascending ? position : size() - 1 - position;
        }
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i].id().equals(spanId)) {
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
        if (sorted != null) {
            return List.of(sorted);
        }
        List<Span> rows = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            rows.add(at(i));
        }
        return rows;
    }
}
