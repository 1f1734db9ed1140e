package aurum.export.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LayerOwner;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.index.LayerSummary;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * What the export wizard offers from a corpus: its annotators (for the layer choice) and its labels
 * (the label set's, then any other label id found in a layer, e.g. from an import), with how many
 * documents have a gold layer. Read from the corpus index in a job, never on the UI thread.
 *
 * @param corpus the corpus folder, absolute and normalized
 * @param name the corpus name
 * @param documents documents in the corpus
 * @param goldDocuments documents with a saved gold layer
 * @param annotators annotator ids, sorted, without the machine's suggestions layer
 * @param labels label id → display name, label-set order first
 */
public record CorpusFacts(Path corpus, String name, int documents, int goldDocuments, List<String> annotators,
        Map<String, String> labels) {

    /** Copies the collections. */
    public CorpusFacts {
        corpus = corpus.toAbsolutePath().normalize();
        annotators = List.copyOf(annotators);
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /**
     * Reads the facts of {@code store}.
     *
     * @param labelSet the corpus's label set, if it could be resolved
     * @throws CorpusStoreException if the index or the annotator folders cannot be read
     */
    public static CorpusFacts read(CorpusStore store, Optional<LabelSet> labelSet) throws CorpusStoreException {
        Map<String, String> labels = new LinkedHashMap<>();
        labelSet.ifPresent(set -> {
            for (LabelDefinition label : set.labels()) {
                labels.put(label.id(), label.displayName());
            }
        });
        Map<String, String> found = new TreeMap<>();
        int gold = 0;
        List<IndexedDocument> documents = store.index().find(DocumentQuery.ALL);
        for (IndexedDocument document : documents) {
            gold += document.layer(LayerOwner.GOLD).isPresent() ? 1 : 0;
            for (LayerSummary layer : document.layers()) {
                layer.spansPerLabel().keySet().forEach(id -> found.putIfAbsent(id, id));
            }
        }
        found.forEach(labels::putIfAbsent);
        List<String> annotators = new ArrayList<>(store.annotators());
        return new CorpusFacts(store.directory(), store.settings().name(), documents.size(), gold, annotators, labels);
    }
}
