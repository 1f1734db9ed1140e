package aurum.export.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
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

    public static ExportPlan make(CorpusStore store, SpanSelector selector, DocumentExtras extras,
            ExportOptions options, ExportProgress progress) throws ExportException, CorpusStoreException {
        List<DocumentInfo> all = store.documents();
        Map<String, Map<String, Integer>> labelsByDocument = new TreeMap<>();
        TreeSet<String> labels = new TreeSet<>();
        long skipped = 0;
        int done = 0;
        for (DocumentInfo info : all) {
            if (progress.isCancelled()) {
                throw new ExportException("export cancelled; nothing was written");
            }
            var selected = selector.select(info.id());
            if (selected.isEmpty()) {
                skipped++;
            } else {
                Map<String, Integer> counts = new TreeMap<>();
                selected.get().forEach(c -> counts.merge(c.label(), 1, Integer::sum));
                labels.addAll(counts.keySet());
                labelsByDocument.put(info.id(), options.split().names().size() > 1 ? counts : Map.of());
            }
            progress.worked("Selecting", ++done, all.size());
        }
        List<String> ids = new ArrayList<>(labelsByDocument.keySet());
        Map<String, String> clusters = options.split().names().size() > 1 ? extras.duplicateClusters(ids) : Map.of();
        Map<String, Integer> splitOf = SplitPlanner.plan(labelsByDocument, clusters, options.split(), options.seed(),
                options.stratify());
        return new ExportPlan(ids, splitOf, List.copyOf(labels), skipped, all.size());
    }
}
