package aurum.export;

import java.util.List;
import java.util.Map;

/**
 * How the documents were shared out among the splits, for the manifest and the command's summary.
 *
 * @param requested split name → requested share of documents (0 to 1), in split order
 * @param achieved split name → share of documents it got
 * @param largestGroup the id of the largest group kept in one split (its smallest document id), or empty
 * @param largestGroupSize its documents (1 when every document is on its own)
 * @param groupSizes the sizes of the groups of two or more documents, largest first (at most 20)
 * @param warnings what the user should know about the data (related groups cut at their limit); also in the manifest
 * @param notices what the export did beside (bringing {@code clusters.json} up to date); not in the manifest,
 *        which describes the data only
 */
public record SplitReport(Map<String, Double> requested, Map<String, Double> achieved, String largestGroup,
        int largestGroupSize, List<Integer> groupSizes, List<String> warnings, List<String> notices) {

    /** The report of an export without splits. */
    public static SplitReport none(int documents) {
        return new SplitReport(Map.of("all", 1.0), Map.of("all", 1.0), "", documents == 0 ? 0 : 1, List.of(), List.of(),
                List.of());
    }

    /** This report with a notice added. */
    public SplitReport withNotice(String notice) {
        List<String> all = new java.util.ArrayList<>(notices);
        all.add(notice);
        return new SplitReport(requested, achieved, largestGroup, largestGroupSize, groupSizes, warnings, List.copyOf(all));
    }

    /** The largest miss of a requested share, in share points (0.05 = 5 points). */
    public double worstMiss() {
        return requested.entrySet().stream()
                .mapToDouble(e -> Math.abs(e.getValue() - achieved.getOrDefault(e.getKey(), 0.0))).max().orElse(0);
    }

    /** {@code train 80.1%, dev 9.9%, test 10.0%}. */
    public String describeAchieved() {
        StringBuilder sb = new StringBuilder();
        achieved.forEach((name, share) -> sb.append(sb.isEmpty() ? "" : ", ").append(name).append(' ')
                .append(String.format(java.util.Locale.ROOT, "%.1f%%", share * 100)));
        return sb.toString();
    }
}
