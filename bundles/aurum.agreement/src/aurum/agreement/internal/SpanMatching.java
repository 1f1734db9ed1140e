package aurum.agreement.internal;

import aurum.agreement.ConfusionMatrix;
import aurum.agreement.MatchCounts;
import aurum.core.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Span a = rows.get(r);
                Span b = columns.get(c);
                if (!columnUsed[c] && a.start() == b.start() && a.end() == b.end()) {
                    pair(rows, columns, r, c, rowUsed, columnUsed, matrix);
                    break;
                }
            }
        }
        List<int[]> candidates = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                if (!rowUsed[r] && !columnUsed[c]) {
                    int overlap = overlap(rows.get(r), columns.get(c));
                    if (overlap > 0) {
                        candidates.add(new int[] { overlap, r, c });
                    }
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

    /** How many spans of {@code spans} overlap a span of the same label in {@code others}. */
    private static long overlapping(List<Span> spans, List<Span> others) {
        long n = 0;
        for (Span s : spans) {
            for (Span o : others) {
                if (o.labelId().equals(s.labelId()) && overlap(s, o) > 0) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static int overlap(Span a, Span b) {
        return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    }

    private static String key(Span s) {
        return s.start() + ":" + s.end() + ":" + s.labelId();
    }
}
