package aurum.editor.labels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.SpanStatus;

/** Builds the palette rows of a label set with the counts of one layer. Headless, so it is unit-testable. */
public final class LabelRows {

    private LabelRows() {
    }

    /** The rows in label set order, children after their parent. */
    public static List<LabelRow> of(LabelSet labels, Layer layer) {
        Map<String, int[]> counts = new HashMap<>();
        if (layer != null) {
            // counted from the layer's columns: no Span objects for 100k spans on the UI thread
            layer.countsByLabel().forEach((label, byStatus) -> {
                int[] c = counts.computeIfAbsent(label, k -> new int[2]);
                for (SpanStatus status : SpanStatus.values()) {
                    if (status == SpanStatus.SUGGESTED) {
                        c[1] += byStatus[status.ordinal()];
                    } else if (status != SpanStatus.REJECTED) {
                        c[0] += byStatus[status.ordinal()];
                    }
                }
            });
        }
        List<LabelRow> rows = new ArrayList<>();
        addChildren(labels, null, 0, counts, rows);
        // labels whose parent is missing would otherwise vanish; the validator reports them, the palette keeps them
        labels.labels().stream().filter(l -> rows.stream().noneMatch(r -> r.label().equals(l)))
                .forEach(l -> rows.add(row(l.id(), labels, 0, counts)));
        return rows;
    }

    private static void addChildren(LabelSet labels, String parent, int depth, Map<String, int[]> counts,
            List<LabelRow> rows) {
        labels.children(parent).forEach(label -> {
            rows.add(row(label.id(), labels, depth, counts));
            if (depth < 32) {
                addChildren(labels, label.id(), depth + 1, counts, rows);
            }
        });
    }

    private static LabelRow row(String id, LabelSet labels, int depth, Map<String, int[]> counts) {
        int[] c = counts.getOrDefault(id, new int[2]);
        return new LabelRow(labels.label(id).orElseThrow(), depth, c[0], c[1]);
    }
}
