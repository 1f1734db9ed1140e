package aurum.export.internal.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import aurum.export.ExportOptions;
import aurum.export.SplitNotPossibleException;
import aurum.export.SplitReport;
import aurum.export.SplitRules;
import aurum.export.SplitSpec;

/**
 * Measures the shares a split plan achieves and refuses one that misses a requested share by more than
 * {@link SplitRules#TOLERANCE} (or by more than one document's share, on corpora too small for 5 points)
 * because groups that must stay whole are too large, unless the rules allow an uneven split.
 */
final class SplitCheck {

    private SplitCheck() {
    }

    static SplitReport report(SplitSpec split, Map<String, Integer> splitOf, SplitGroups groups) {
        int total = splitOf.size();
        int[] documents = new int[split.names().size()];
        splitOf.values().forEach(i -> documents[i]++);
        Map<String, Double> requested = new LinkedHashMap<>();
        Map<String, Double> achieved = new LinkedHashMap<>();
        for (int i = 0; i < documents.length; i++) {
            requested.put(split.names().get(i), split.share(i));
            achieved.put(split.names().get(i), total == 0 ? 0 : (double) documents[i] / total);
        }
        Map<String, Integer> sizes = new TreeMap<>();
        groups.groupOf().values().forEach(g -> sizes.merge(g, 1, Integer::sum));
        List<Map.Entry<String, Integer>> bySize = new ArrayList<>(sizes.entrySet());
        bySize.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        String largest = bySize.isEmpty() ? splitOf.keySet().stream().min(String::compareTo).orElse("") : bySize.get(0).getKey();
        int largestSize = bySize.isEmpty() ? (total == 0 ? 0 : 1) : bySize.get(0).getValue();
        List<Integer> top = bySize.stream().limit(20).map(Map.Entry::getValue).toList();
        return new SplitReport(requested, achieved, largest, largestSize, top, groups.warnings(), List.of());
    }

    static void requireWithinTolerance(SplitReport report, ExportOptions options, int documents)
            throws SplitNotPossibleException {
        double tolerance = Math.max(SplitRules.TOLERANCE, documents == 0 ? 1 : 1.0 / documents);
        if (report.worstMiss() <= tolerance + 1e-9 || options.splitRules().allowUneven()) {
            return;
        }
        StringBuilder sizes = new StringBuilder();
        for (int size : report.groupSizes()) {
            sizes.append(sizes.isEmpty() ? "" : ", ").append(size);
        }
        String related = options.splitRules().keepsRelated()
                ? " related documents are kept together in groups of up to " + options.splitRules().keepRelatedUpTo()
                        + " documents: lower that limit or stop keeping related documents together;"
                : "";
        throw new SplitNotPossibleException(String.format(Locale.ROOT, "Cannot split the %d selected documents %s"
                + " within %.0f points of each share: groups of documents that must stay in one split are too large"
                + " (largest: %s with %d documents; group sizes %s). The split would be %s. Nothing was written. To"
                + " export anyway, either%s choose shares these groups allow; or accept the uneven split"
                + " (aurum export --allow-uneven-split), whose achieved shares go to the manifest.",
                documents, options.split(), tolerance * 100, report.largestGroup(), report.largestGroupSize(), sizes,
                report.describeAchieved(), related), report);
    }
}
