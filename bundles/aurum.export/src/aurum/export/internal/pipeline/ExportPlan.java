package aurum.export.internal.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import aurum.corpus.store.AnalysisStatus;
import aurum.corpus.store.CorpusStore;
import aurum.export.ExportException;
import aurum.export.ExportOptions;
import aurum.export.ExportProgress;
import aurum.export.SplitReport;

/**
 * The first pass of an export: which documents are selected, which labels occur, and which split each
 * document goes to. Keeps a few counts per document in memory, never texts or spans; the selected spans
 * go to a {@link SelectionFile} so that the second pass need not read the layers again.
 *
 * @param selection the selected spans of {@link #documents()}, in that order
 * @param split the shares achieved and the groups kept whole
 * @param totals spans selected in all, of them the ones sharing a character with another selected span of their
 *        document, and the documents holding such spans
 */
public record ExportPlan(List<String> documents, Map<String, Integer> splitOf, List<String> labels, long skipped,
        long corpusDocuments, SelectionFile selection, SplitReport split, Totals totals) {

    /**
     * Counts of the selected spans, for the checks before writing and the wizard's summary.
     *
     * @param spans spans selected in all
     * @param overlapping of them, those sharing a character with another selected span of their document
     * @param overlapDocuments the documents holding such spans
     */
    public record Totals(long spans, long overlapping, long overlapDocuments) {
    }

    /**
     * @param threads how many threads read layers (1: the calling thread only); the plan is the same for any
     * @param scratch a file that does not exist yet, for the selected spans; the caller deletes it
     */
    public static ExportPlan make(CorpusStore store, SpanSelector selector, DocumentExtras extras,
            ExportOptions options, ExportProgress progress, int threads, Path scratch)
            throws ExportException, IOException {
        SelectionFile selection = new SelectionFile(scratch, options::outputLabel);
        // ids only: the plan reads each document's meta file when it reads its layer, not once more to list it
        List<String> all = store.documentIds();
        Map<String, Map<String, Integer>> labelsByDocument = new TreeMap<>();
        List<String> ids = new ArrayList<>(); // in the order of the listing (by id), which the selection file keeps
        TreeSet<String> labels = new TreeSet<>();
        long[] skipped = {0};
        long[] totals = {0, 0, 0}; // spans, overlapping spans, documents with overlaps
        int[] done = {0};
        boolean keepCounts = options.split().names().size() > 1;
        boolean written = false;
        try (OrderedWork work = new OrderedWork(threads, "aurum-export-plan")) {
            work.forEach(all, id -> new Selected(id, selector.plan(id)),
                    selected -> {
                        if (progress.isCancelled()) {
                            throw new ExportException("export cancelled; nothing was written");
                        }
                        if (selected.spans().isEmpty()) {
                            skipped[0]++;
                        } else {
                            selection.append(selected.spans().get());
                            ids.add(selected.id());
                            int overlapping = overlapping(selected.spans().get());
                            totals[0] += selected.spans().get().size();
                            totals[1] += overlapping;
                            totals[2] += overlapping > 0 ? 1 : 0;
                            Map<String, Integer> counts = labelCounts(selected.spans().get());
                            labels.addAll(counts.keySet());
                            labelsByDocument.put(selected.id(), keepCounts ? counts : Map.of());
                        }
                        progress.worked("Selecting", ++done[0], all.size());
                    });
            selection.finishWriting();
            written = true;
        } finally {
            if (!written) {
                selection.delete();
            }
        }
        if (options.split().names().size() == 1) {
            Map<String, Integer> splitOf = SplitPlanner.plan(labelsByDocument, Map.of(), options.split(), options.seed(),
                    options.stratify());
            return new ExportPlan(ids, splitOf, List.copyOf(labels), skipped[0], all.size(), selection,
                    SplitReport.none(ids.size()), new Totals(totals[0], totals[1], totals[2]));
        }
        try {
            String repaired = currentClusters(store);
            SplitGroups groups = SplitGroups.of(store, ids, options.splitRules());
            Map<String, Integer> splitOf = SplitPlanner.plan(labelsByDocument, groups.groupOf(), options.split(),
                    options.seed(), options.stratify());
            SplitReport report = SplitCheck.report(options.split(), splitOf, groups);
            if (repaired != null) {
                report = report.withNotice(repaired);
            }
            SplitCheck.requireWithinTolerance(report, options, ids.size());
            return new ExportPlan(ids, splitOf, List.copyOf(labels), skipped[0], all.size(), selection, report,
                    new Totals(totals[0], totals[1], totals[2]));
        } catch (ExportException | IOException | RuntimeException e) {
            selection.delete();
            throw e;
        }
    }

    /**
     * A split relies on the near-duplicate clusters of {@code clusters.json}; when the file does not describe
     * the corpus (documents added without an import, the file deleted), copies could straddle train and test,
     * so it is brought up to date first, as an import would.
     *
     * @return a warning saying so, or {@code null} when the file was current
     */
    private static String currentClusters(CorpusStore store) throws ExportException, IOException {
        AnalysisStatus before = store.analysisStatus();
        if (before.isCurrent()) {
            return null;
        }
        AnalysisStatus after = store.updateAnalysis();
        if (!after.isCurrent()) {
            throw new ExportException("Cannot split the export: " + after.problem() + " Nothing was written.");
        }
        return "clusters.json did not describe the corpus (" + (before.analysedDocuments() < 0 ? "missing or from an older Aurum"
                : before.analysedDocuments() + " documents analysed of " + before.corpusDocuments())
                + "); it was brought up to date before splitting, so near-duplicates stay in one split.";
    }

    /** Documents per split, in split order. */
    public List<Integer> documentsPerSplit(int splits) {
        int[] perSplit = new int[splits];
        splitOf.values().forEach(split -> perSplit[split]++);
        return java.util.Arrays.stream(perSplit).boxed().toList();
    }

    /**
     * How many of {@code spans} (in {@link SpanSelector#ORDER}) share a character with another of them: a span
     * overlaps an earlier one exactly when it starts before the furthest end reached so far, and then it
     * overlaps the span that reached it.
     */
    static int overlapping(List<Candidate> spans) {
        boolean[] hit = new boolean[spans.size()];
        int reacher = -1;
        int count = 0;
        for (int i = 0; i < spans.size(); i++) {
            Candidate c = spans.get(i);
            if (reacher >= 0 && c.start() < spans.get(reacher).end()) {
                count += hit[i] ? 0 : 1;
                hit[i] = true;
                count += hit[reacher] ? 0 : 1;
                hit[reacher] = true;
            }
            if (reacher < 0 || c.end() > spans.get(reacher).end()) {
                reacher = i;
            }
        }
        return count;
    }

    /** One document's selected spans, empty when skipped. */
    private record Selected(String id, Optional<List<Candidate>> spans) {
    }

    private static Map<String, Integer> labelCounts(List<Candidate> selected) {
        Map<String, Integer> counts = new TreeMap<>();
        selected.forEach(c -> counts.merge(c.label(), 1, Integer::sum));
        return counts;
    }
}
