package aurum.export.internal.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import aurum.export.ExportException;
import aurum.export.OverlapPolicy;

/**
 * Makes spans flat for formats with one label per token. Resolution is greedy in a fixed order, so the
 * result does not depend on the order spans were stored in; each span left out is reported with the
 * span it lost to.
 */
final class OverlapResolver {

    private static final Comparator<Candidate> LONGEST_FIRST = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparing(SpanSelector.ORDER);

    private OverlapResolver() {
    }

    /**
     * @param spans in {@link SpanSelector#ORDER}
     * @return the kept spans in {@link SpanSelector#ORDER}
     * @throws ExportException under {@link OverlapPolicy#FAIL} at the first overlap
     */
    static List<Candidate> resolve(String document, List<Candidate> spans, OverlapPolicy policy, ReportSink report)
            throws ExportException {
        return switch (policy) {
            case FAIL -> failOnOverlap(document, spans);
            case KEEP_FIRST -> greedy(document, spans, SpanSelector.ORDER, "keep-first", report);
            case KEEP_LONGEST, ONE_FILE_PER_LABEL -> greedy(document, spans, LONGEST_FIRST,
                    policy == OverlapPolicy.KEEP_LONGEST ? "keep-longest" : "one-file-per-label, same label", report);
        };
    }

    private static List<Candidate> failOnOverlap(String document, List<Candidate> spans) throws ExportException {
        Candidate reach = null;
        for (Candidate c : spans) {
            if (reach != null && c.start() < reach.end()) {
                throw new ExportException("document " + document + ": span [" + c.storedStart() + ", " + c.storedEnd()
                        + ") " + c.corpusLabel() + " overlaps [" + reach.storedStart() + ", " + reach.storedEnd() + ") "
                        + reach.corpusLabel() + " and the format holds one label per token. Choose --overlaps "
                        + "keep-longest, keep-first or per-label, or fix the layer.");
            }
            if (reach == null || c.end() > reach.end()) {
                reach = c;
            }
        }
        return spans;
    }

    private static List<Candidate> greedy(String document, List<Candidate> spans, Comparator<Candidate> priority,
            String rule, ReportSink report) {
        List<Candidate> byPriority = new ArrayList<>(spans);
        byPriority.sort(priority);
        TreeMap<Integer, Candidate> kept = new TreeMap<>();
        for (Candidate c : byPriority) {
            Candidate blocker = blocker(kept, c);
            if (blocker == null) {
                kept.put(c.start(), c);
            } else {
                report.add(document, c, "dropped", "overlaps " + blocker.describe() + " (" + rule + ")");
            }
        }
        List<Candidate> out = new ArrayList<>(kept.values());
        out.sort(SpanSelector.ORDER);
        return out;
    }

    /** A kept span sharing a character with {@code c}; kept spans never overlap, so two neighbours suffice. */
    private static Candidate blocker(TreeMap<Integer, Candidate> kept, Candidate c) {
        Map.Entry<Integer, Candidate> before = kept.floorEntry(c.start());
        if (before != null && before.getValue().overlaps(c)) {
            return before.getValue();
        }
        Map.Entry<Integer, Candidate> after = kept.higherEntry(c.start());
        return after != null && after.getValue().overlaps(c) ? after.getValue() : null;
    }
}
