package aurum.bench.learn;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import aurum.labels.recognizer.Suggestion;

/**
 * Exact-match precision, recall and F1 per label and micro-averaged: a suggestion counts when its start,
 * end and label equal a gold span's. Labels are compared at their top level ({@code WEAPON.SPACE} counts
 * as {@code WEAPON}), since the gold is annotated with the parent label and a topic attribute.
 */
final class Scores {

    private final Map<String, int[]> counts = new TreeMap<>(); // label -> tp, fp, fn

    static String top(String label) {
        int dot = label.indexOf('.');
        return dot < 0 ? label : label.substring(0, dot);
    }

    /** Adds one document's outcome, for the labels in {@code labels} (others are ignored). */
    void add(List<DevSet.Gold> gold, List<Suggestion> predicted, Set<String> labels) {
        Set<String> goldKeys = new TreeSet<>();
        gold.stream().filter(g -> labels.contains(top(g.label())))
                .forEach(g -> goldKeys.add(g.start() + ":" + g.end() + ":" + top(g.label())));
        Set<String> seen = new TreeSet<>();
        for (Suggestion s : predicted) {
            String label = top(s.labelId());
            if (!labels.contains(label)) {
                continue;
            }
            String key = s.start() + ":" + s.end() + ":" + label;
            if (!seen.add(key)) {
                continue;
            }
            int[] c = counts.computeIfAbsent(label, l -> new int[3]);
            if (goldKeys.contains(key)) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        for (String key : goldKeys) {
            if (!seen.contains(key)) {
                counts.computeIfAbsent(key.substring(key.lastIndexOf(':') + 1), l -> new int[3])[2]++;
            }
        }
    }

    /** Micro-averaged F1 over all labels. */
    double microF1() {
        int[] all = new int[3];
        counts.values().forEach(c -> {
            all[0] += c[0];
            all[1] += c[1];
            all[2] += c[2];
        });
        return f1(all);
    }

    /** F1 of one label (0 if it never occurred). */
    double f1(String label) {
        return f1(counts.getOrDefault(label, new int[3]));
    }

    private static double f1(int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A table: per label gold, predicted, P, R, F1; then micro. */
    String table(String title) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s%n  %-9s %5s %5s %6s %6s %6s%n", title,
                "label", "gold", "pred", "P", "R", "F1"));
        int[] all = new int[3];
        counts.forEach((label, c) -> {
            out.append(row(label, c));
            all[0] += c[0];
            all[1] += c[1];
            all[2] += c[2];
        });
        return out.append(row("micro", all)).toString();
    }

    private static String row(String label, int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        return String.format(Locale.ROOT, "  %-9s %5d %5d %6.3f %6.3f %6.3f%n", label, c[0] + c[2], c[0] + c[1], p, r,
                f1(c));
    }
}
