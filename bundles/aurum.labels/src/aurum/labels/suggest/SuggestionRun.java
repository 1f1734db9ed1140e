package aurum.labels.suggest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import aurum.core.model.Document;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.corpus.store.ConflictException;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;
import aurum.labels.registry.RecognizerContext;
import aurum.labels.registry.RecognizerDescriptor;
import aurum.labels.registry.SafeRecognition;
import aurum.labels.registry.SafeRecognition.RecognitionResult;

/**
 * Runs recognizers over every document of a corpus and saves their suggestions into one layer through the
 * store, with the store's revision check; {@link SuggestionMerge} decides what a layer takes. A layer
 * someone saves meanwhile is reloaded and merged again; a layer open in an editor gets the suggestions
 * through {@link OpenLayers}. A recognizer that fails on a document is reported and skipped for that
 * document only.
 */
public final class SuggestionRun {

    /** Told after each document; {@code done} counts from 1 to {@code total}. */
    @FunctionalInterface
    public interface Progress {
        /** Reports progress. */
        void worked(long done, long total);
    }

    private static final int SAVE_ATTEMPTS = 3;

    private final CorpusStore store;
    private final LabelSet labelSet;
    private final LayerOwner target;
    private final OpenLayers openLayers;

    /**
     * @param store    the corpus
     * @param labelSet its label set; suggestions with other labels are dropped
     * @param target   the layer the suggestions go to
     */
    public SuggestionRun(CorpusStore store, LabelSet labelSet, LayerOwner target) {
        this(store, labelSet, target, OpenLayers.NONE);
    }

    /**
     * Like {@link #SuggestionRun(CorpusStore, LabelSet, LayerOwner)}, handing the suggestions of documents
     * whose layer is open to {@code openLayers} instead of saving them through the store.
     */
    public SuggestionRun(CorpusStore store, LabelSet labelSet, LayerOwner target, OpenLayers openLayers) {
        this.store = store;
        this.labelSet = labelSet;
        this.target = target;
        this.openLayers = openLayers;
    }

    /**
     * @param descriptors the recognizers to run
     * @param progress    told after each document
     * @param cancel      stops the run between documents and inside recognizers; saved layers stay saved
     * @return what was done
     * @throws CorpusStoreException if the corpus cannot be read or a layer cannot be saved
     * @throws aurum.labels.recognizer.RecognitionCancelledException if cancelled
     */
    public SuggestReport run(List<RecognizerDescriptor> descriptors, Progress progress, Cancellation cancel)
            throws CorpusStoreException {
        return run(descriptors, store.documents().stream().map(DocumentInfo::id).toList(), progress, cancel);
    }

    /**
     * Like {@link #run(List, Progress, Cancellation)} over some documents only (e.g. the one open in an
     * editor, or those selected in the navigator).
     *
     * @param documentIds the documents, in the order to visit them
     * @throws CorpusStoreException if a document is not in the corpus, cannot be read, or a layer cannot be saved
     */
    public SuggestReport run(List<RecognizerDescriptor> descriptors, List<String> documentIds, Progress progress,
            Cancellation cancel) throws CorpusStoreException {
        SuggestReport report = new SuggestReport();
        RecognizerContext context = new RecognizerContext(labelSet, () -> {
            try {
                return AcceptedSpans.read(store);
            } catch (CorpusStoreException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, store.directory());
        Map<String, Recognizer> recognizers = new LinkedHashMap<>();
        for (RecognizerDescriptor d : descriptors) {
            d.create(context).ifPresentOrElse(r -> {
                recognizers.put(d.id(), r);
                report.ran(d.id());
            }, () -> report.failed("recognizer " + d.id() + " (from " + d.contributor()
                    + ") could not be created; see the log"));
        }
        Instant now = Instant.now();
        for (int i = 0; i < documentIds.size(); i++) {
            cancel.throwIfCancelled();
            suggest(documentIds.get(i), recognizers, new SuggestionMerge(labelSet, now), report, cancel);
            progress.worked(i + 1, documentIds.size());
        }
        return report;
    }

    private void suggest(String documentId, Map<String, Recognizer> recognizers, SuggestionMerge merge,
            SuggestReport report, Cancellation cancel) throws CorpusStoreException {
        DocumentSuggestions suggestions = propose(documentId, recognizers, report, cancel);
        Optional<SuggestionPlan> open = openLayers.merge(documentId, layer -> merge.plan(layer, suggestions));
        if (open.isPresent()) {
            report.document(open.get(), false, suggestions.dropped());
            return;
        }
        for (int attempt = 1;; attempt++) {
            Layer layer = store.loadLayer(documentId, target);
            long revision = layer.revision();
            SuggestionPlan plan = merge.plan(layer, suggestions);
            try {
                if (plan.changesLayer()) {
                    plan.applyTo(layer);
                    store.saveLayer(layer, revision);
                }
                report.document(plan, plan.changesLayer(), suggestions.dropped());
                return;
            } catch (ConflictException e) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Runs every recognizer on the document and puts their suggestions together, in the order they ran. */
    private DocumentSuggestions propose(String documentId, Map<String, Recognizer> recognizers, SuggestReport report,
            Cancellation cancel) throws CorpusStoreException {
        Document document = store.document(documentId).orElseThrow(() -> new CorpusStoreException(
                "Document '" + documentId + "' is not in corpus " + store.directory()
                        + "; it may have been removed meanwhile. Refresh the document list and try again."));
        RecognitionInput input = new RecognitionInput(documentId, document.text());
        List<Suggestion> suggestions = new ArrayList<>();
        Set<String> succeeded = new LinkedHashSet<>();
        int dropped = 0;
        for (Map.Entry<String, Recognizer> entry : recognizers.entrySet()) {
            RecognitionResult result = SafeRecognition.run(entry.getValue(), input, labelSet, cancel);
            if (result.failed()) {
                report.failed("recognizer " + entry.getKey() + " failed on document " + documentId + ": "
                        + result.failure().orElseThrow());
                continue;
            }
            succeeded.add(entry.getKey());
            dropped += result.dropped();
            // the contribution id, not whatever the code calls itself, so re-runs find their own spans
            result.suggestions().forEach(s -> suggestions.add(s.withRecognizerId(entry.getKey())));
        }
        // in the order the recognizers ran: SuggestionMerge ranks them once it knows what the layer has decided
        return new DocumentSuggestions(documentId, suggestions, succeeded, dropped);
    }
}
