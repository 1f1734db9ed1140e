package aurum.labels.suggest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.ConflictException;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * Accepts open suggestions: in one layer ({@link #choose}, which the editor's Accept All uses too) or in a
 * layer of every chosen document of a corpus ({@link #run}, for the command line). A suggestion whose
 * offsets and label a MANUAL or ACCEPTED span already has stays open, since accepting it would store the
 * same annotation twice.
 */
public final class AcceptSuggestions {

    private static final int SAVE_ATTEMPTS = 3;

    /**
     * Which suggestions of a layer to accept.
     *
     * @param accept   the open suggestions to accept, in layer order
     * @param leftOpen how many chosen suggestions stay open because a decided span has their offsets and label
     */
    public record Choice(List<Span> accept, int leftOpen) {

        /** Takes an immutable copy. */
        public Choice {
            accept = List.copyOf(accept);
        }
    }

    /**
     * What {@link #run} did.
     *
     * @param acceptedByLabel suggestions accepted, per label, sorted by label id
     * @param documents       documents looked at
     * @param layersSaved     layers written
     * @param leftOpen        suggestions left open because the same span was already decided
     */
    public record Report(Map<String, Integer> acceptedByLabel, int documents, int layersSaved, int leftOpen) {

        /** All suggestions accepted. */
        public int accepted() {
            return acceptedByLabel.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private AcceptSuggestions() {
    }

    /** The open suggestions of {@code spans} that {@code which} picks and that can be accepted. */
    public static Choice choose(List<Span> spans, Predicate<Span> which) {
        Set<String> decided = new HashSet<>();
        for (Span span : spans) {
            if (span.status() == SpanStatus.MANUAL || span.status() == SpanStatus.ACCEPTED) {
                decided.add(key(span));
            }
        }
        List<Span> accept = new ArrayList<>();
        int leftOpen = 0;
        for (Span span : spans) {
            if (span.status() == SpanStatus.SUGGESTED && which.test(span)) {
                if (decided.add(key(span))) {
                    accept.add(span);
                } else {
                    leftOpen++;
                }
            }
        }
        return new Choice(accept, leftOpen);
    }

    /**
     * Accepts, in the layer of {@code owner} of each of {@code documentIds}, the open suggestions whose label
     * {@code labels} picks, saving each layer with the store's revision check (a layer saved meanwhile is
     * read again and the choice made anew).
     *
     * @throws CorpusStoreException if a layer cannot be read or saved
     */
    public static Report run(CorpusStore store, LayerOwner owner, List<String> documentIds, Predicate<String> labels)
            throws CorpusStoreException {
        Map<String, Integer> accepted = new TreeMap<>();
        int saved = 0;
        int leftOpen = 0;
        Instant now = Instant.now();
        for (String id : documentIds) {
            for (int attempt = 1;; attempt++) {
                Layer layer = store.loadLayer(id, owner);
                long revision = layer.revision();
                Choice choice = choose(layer.spans(), span -> labels.test(span.labelId()));
                try {
                    if (!choice.accept().isEmpty()) {
                        choice.accept().forEach(s -> layer.replace(s.withStatus(SpanStatus.ACCEPTED).withModified(now)));
                        store.saveLayer(layer, revision);
                        saved++;
                    }
                    choice.accept().forEach(s -> accepted.merge(s.labelId(), 1, Integer::sum));
                    leftOpen += choice.leftOpen();
                    break;
                } catch (ConflictException e) {
                    if (attempt == SAVE_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
        return new Report(accepted, documentIds.size(), saved, leftOpen);
    }

    private static String key(Span span) {
        return span.start() + ":" + span.end() + ":" + span.labelId();
    }
}
