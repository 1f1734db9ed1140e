package aurum.learn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import aurum.core.model.Document;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.LayerSnapshot;
import aurum.labels.recognizer.Cancellation;

/**
 * Reads what the model learns from a corpus: per document, the spans people decided (status MANUAL or
 * ACCEPTED). The gold layer, when it has decided spans, stands for the document; otherwise the
 * annotators' decided spans are pooled (the same span twice counts once). A document is complete when
 * the layer used is curated gold or an annotator layer marked done.
 */
public final class CorpusTrainingData {

    /** Told after each document; {@code done} counts from 1 to {@code total}. */
    @FunctionalInterface
    public interface Progress {
        /** Reports progress. */
        void worked(int done, int total);
    }

    /** The documents to learn from, how many decided spans the corpus holds, and a fingerprint of both. */
    public record Data(List<TrainingDocument> documents, int decidedSpans, String fingerprint) {
    }

    private static final Set<SpanStatus> DECIDED = EnumSet.of(SpanStatus.MANUAL, SpanStatus.ACCEPTED);

    private CorpusTrainingData() {
    }

    /**
     * Reads every document with a saved layer.
     *
     * @throws CorpusStoreException if a document or layer cannot be read; the message names it
     * @throws aurum.labels.recognizer.RecognitionCancelledException if cancelled
     */
    public static Data read(CorpusStore store, Progress progress, Cancellation cancel) throws CorpusStoreException {
        List<String> ids = store.documentIds();
        List<TrainingDocument> documents = new ArrayList<>();
        MessageDigest digest = sha256();
        int decided = 0;
        for (int i = 0; i < ids.size(); i++) {
            cancel.throwIfCancelled();
            String id = ids.get(i);
            List<LayerOwner> owners = store.layers(id);
            if (!owners.isEmpty()) {
                Optional<TrainingDocument> doc = document(store, id, owners);
                if (doc.isPresent()) {
                    documents.add(doc.get());
                    decided += doc.get().spans().size();
                    digest(digest, doc.get());
                }
            }
            progress.worked(i + 1, ids.size());
        }
        return new Data(List.copyOf(documents), decided, HexFormat.of().formatHex(digest.digest()));
    }

    private static Optional<TrainingDocument> document(CorpusStore store, String id, List<LayerOwner> owners)
            throws CorpusStoreException {
        Document document = store.document(id).orElse(null);
        if (document == null) {
            return Optional.empty();
        }
        List<LayerSnapshot> layers = new ArrayList<>();
        for (LayerOwner owner : owners) {
            layers.add(store.layerSnapshot(document, owner));
        }
        Optional<LayerSnapshot> gold = layers.stream()
                .filter(l -> l.owner().isGold() && l.spans().stream().anyMatch(s -> DECIDED.contains(s.status())))
                .findFirst();
        List<LayerSnapshot> used = gold.map(List::of).orElse(layers.stream().filter(l -> !l.owner().isGold()).toList());
        Set<TrainingSpan> spans = new LinkedHashSet<>();
        boolean complete = false;
        for (LayerSnapshot layer : used) {
            complete |= layer.state() == LayerState.DONE || layer.state() == LayerState.CURATED;
            for (Span s : layer.spans()) {
                if (DECIDED.contains(s.status())) {
                    spans.add(new TrainingSpan(s.start(), s.end(), s.labelId()));
                }
            }
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        List<TrainingSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(TrainingSpan::start).thenComparingInt(TrainingSpan::end)
                .thenComparing(TrainingSpan::labelId));
        return Optional.of(new TrainingDocument(id, document.text(), sorted, complete));
    }

    private static void digest(MessageDigest digest, TrainingDocument d) {
        StringBuilder line = new StringBuilder(d.id()).append('\u0000').append(d.text().hashCode()).append('\u0000')
                .append(d.text().length()).append(d.complete() ? 'c' : 'p');
        for (TrainingSpan s : d.spans()) {
            line.append('\u0000').append(s.start()).append(':').append(s.end()).append(':').append(s.labelId());
        }
        digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
