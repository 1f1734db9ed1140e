package aurum.export.internal.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentInfo;
import aurum.export.ExportException;
import aurum.export.ExportOptions;
import aurum.export.ExportProgress;

/**
 * The first pass of an export: which documents are selected, which labels occur, and which split each
 * document goes to. Keeps a few counts per document, never texts or spans.
 */
public record ExportPlan(List<String> documents, Map<String, Integer> splitOf, List<String> labels, long skipped,
        long corpusDocuments) {

    /**
     * @param threads how many threads read layers (1: the calling thread only); the plan is the same for any
     */
    public static ExportPlan make(CorpusStore store, SpanSelector selector, DocumentExtras extras,
            ExportOptions options, ExportProgress progress, int threads) throws ExportException, IOException {
        List<DocumentInfo> all = store.documents();
        Map<String, Map<String, Integer>> labelsByDocument = new TreeMap<>();
        TreeSet<String> labels = new TreeSet<>();
        long[] skipped = {0};
        int[] done = {0};
        boolean keepCounts = options.split().names().size() > 1;
        try (OrderedWork work = new OrderedWork(threads, "aurum-export-plan")) {
            work.forEach(all, info -> new Selected(info.id(), selector.plan(info.id()).map(ExportPlan::labelCounts)),
                    selected -> {
                        if (progress.isCancelled()) {
                            throw new ExportException("export cancelled; nothing was written");
                        }
                        if (selected.counts().isEmpty()) {
                            skipped[0]++;
                        } else {
                            Map<String, Integer> counts = selected.counts().get();
                            labels.addAll(counts.keySet());
                            labelsByDocument.put(selected.id(), keepCounts ? counts : Map.of());
                        }
                        progress.worked("Selecting", ++done[0], all.size());
                    });
        }
        List<String> ids = new ArrayList<>(labelsByDocument.keySet());
        Map<String, String> clusters = options.split().names().size() > 1 ? extras.duplicateClusters(ids) : Map.of();
        Map<String, Integer> splitOf = SplitPlanner.plan(labelsByDocument, clusters, options.split(), options.seed(),
                options.stratify());
        return new ExportPlan(ids, splitOf, List.copyOf(labels), skipped[0], all.size());
    }

    /** One document's selection as the plan keeps it: output label → occurrences, empty when skipped. */
    private record Selected(String id, Optional<Map<String, Integer>> counts) {
    }

    private static Map<String, Integer> labelCounts(List<Candidate> selected) {
        Map<String, Integer> counts = new TreeMap<>();
        selected.forEach(c -> counts.merge(c.label(), 1, Integer::sum));
        return counts;
    }
}
