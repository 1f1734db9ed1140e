package aurum.agreement.internal;

import aurum.agreement.ConfusionMatrix;
import aurum.agreement.MatchCounts;
import aurum.core.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares the spans of two annotators on one document: match counts and label alignment. */
public final class SpanMatching {

    private SpanMatching() {
    }

    /** Strict and lenient matches of {@code other} against {@code reference}. */
    public static MatchCounts compare(List<Span> reference, List<Span> other) {
        Set<String> referenceKeys = new HashSet<>();
        reference.forEach(s -> referenceKeys.add(key(s)));
        Set<String> counted = new HashSet<>();
        long strict = 0;
        for (Span s : other) {
            // a duplicated span counts once, so precision cannot exceed 1
            if (referenceKeys.contains(key(s)) && counted.add(key(s))) {
                strict++;
            }
        }
        return new MatchCounts(reference.size(), other.size(), strict, overlapping(other, reference),
                overlapping(reference, other));
    }

    /** Aligns the spans one to one and counts each pair (or lone span) in {@code matrix}. */
    public static void align(List<Span> rows, List<Span> columns, ConfusionMatrix matrix) {
        boolean[] rowUsed = new boolean[rows.size()];
        boolean[] columnUsed = new boolean[columns.size()];
        Map<Long, Deque<Integer>> columnsByRange = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            columnsByRange.computeIfAbsent(range(columns.get(c)), k -> new ArrayDeque<>()).add(c);
        }
        for (int r = 0; r < rows.size(); r++) {
            Deque<Integer> same = columnsByRange.get(range(rows.get(r)));
            if (same != null && !same.isEmpty()) {
                pair(rows, columns, r, same.poll(), rowUsed, columnUsed, matrix);
            }
        }
        // the remaining columns sorted by start; a row only meets those starting within maxLength before it
        Integer[] order = new Integer[columns.size()];
        int maxLength = 0;
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
            maxLength = Math.max(maxLength, columns.get(c).length());
        }
        Arrays.sort(order, Comparator.comparingInt(c -> columns.get(c).start()));
        int[] starts = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            starts[i] = columns.get(order[i]).start();
        }
        List<int[]> candidates = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (rowUsed[r]) {
                continue;
            }
            Span row = rows.get(r);
            for (int i = lowerBound(starts, row.start() - maxLength); i < order.length && starts[i] < row.end(); i++) {
                int c = order[i];
                int overlap = columnUsed[c] ? 0 : overlap(row, columns.get(c));
                if (overlap > 0) {
                    candidates.add(new int[] { overlap, r, c });
                }
            }
        }
        candidates.sort((x, y) -> x[0] != y[0] ? Integer.compare(y[0], x[0])
                : x[1] != y[1] ? Integer.compare(x[1], y[1]) : Integer.compare(x[2], y[2]));
        for (int[] candidate : candidates) {
            if (!rowUsed[candidate[1]] && !columnUsed[candidate[2]]) {
                pair(rows, columns, candidate[1], candidate[2], rowUsed, columnUsed, matrix);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            if (!rowUsed[r]) {
                matrix.add(rows.get(r).labelId(), ConfusionMatrix.NONE);
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (!columnUsed[c]) {
                matrix.add(ConfusionMatrix.NONE, columns.get(c).labelId());
            }
        }
    }

    private static void pair(List<Span> rows, List<Span> columns, int r, int c, boolean[] rowUsed,
            boolean[] columnUsed, ConfusionMatrix matrix) {
        rowUsed[r] = true;
        columnUsed[c] = true;
        matrix.add(rows.get(r).labelId(), columns.get(c).labelId());
    }

    /**
     * How many spans of {@code spans} overlap a span of the same label in {@code others}: per label,
     * the others sorted by start with a running maximum of their ends, so each look-up is a binary
     * search (a span overlaps some other iff one starting before its end ends after its start).
     */
    private static long overlapping(List<Span> spans, List<Span> others) {
        Map<String, List<Span>> byLabel = new HashMap<>();
        others.forEach(o -> byLabel.computeIfAbsent(o.labelId(), k -> new ArrayList<>()).add(o));
        Map<String, int[][]> index = new HashMap<>();
        byLabel.forEach((label, list) -> {
            list.sort(Comparator.comparingInt(Span::start));
            int[] starts = new int[list.size()];
            int[] maxEnds = new int[list.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = list.get(i).start();
                maxEnds[i] = Math.max(i == 0 ? 0 : maxEnds[i - 1], list.get(i).end());
            }
            index.put(label, new int[][] { starts, maxEnds });
        });
        long n = 0;
        for (Span s : spans) {
            int[][] sameLabel = index.get(s.labelId());
            if (sameLabel == null) {
                continue;
            }
            int last = lowerBound(sameLabel[0], s.end()) - 1; // the last other starting before s ends
            if (last >= 0 && sameLabel[1][last] > s.start()) {
                n++;
            }
        }
        return n;
    }

    /** The first index whose value is ≥ {@code key} in the sorted {@code values}. */
    private static int lowerBound(int[] values, int key) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static long range(Span s) {
        return ((long) s.start() << 32) | s.end();
    }

    private static int overlap(Span a, Span b) {
        return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    }

    private static String key(Span s) {
        return s.start() + ":" + s.end() + ":" + s.labelId();
    }
}
