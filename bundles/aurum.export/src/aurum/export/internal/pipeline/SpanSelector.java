package aurum.export.internal.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.LayerSnapshot;
import aurum.export.ExportOptions;
import aurum.export.LayerSelection;

/**
 * Picks the spans of one document by layer, state, label and mapping. A document is skipped (empty
 * result) when the chosen layer was never saved or is in a state not asked for. Suggested and rejected
 * spans are never exported: they are not decisions.
 */
public final class SpanSelector {

    static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::end).reversed()).thenComparing(Candidate::label);

    private final CorpusStore store;
    private final ExportOptions options;
    private final List<String> annotators;

    public SpanSelector(CorpusStore store, ExportOptions options) throws IOException {
        this.store = store;
        this.options = options;
        this.annotators = options.layer().kind() == LayerSelection.Kind.MAJORITY ? store.annotators() : List.of();
    }

    /**
     * The selected spans of document {@code id} as its layer files hold them, read without the text
     * ({@link CorpusStore#layerSnapshot(String, LayerOwner)}, which checks every rule but the ones that need
     * the text: the export checks those when it has read the text). Sorted in {@link #ORDER}; empty when the
     * document is not exported. Each layer is read once per export, here.
     */
    Optional<List<Candidate>> plan(String id) throws CorpusStoreException {
        return select(owner -> {
            LayerSnapshot layer = store.layerSnapshot(id, owner);
            return new Stored(layer.state(), layer.revision(), layer.spans());
        });
    }

    /** The layer file(s) the spans of document {@code id} come from, as docs/FORMAT.md lays them out, for messages. */
    String layerFiles(String id) {
        return switch (options.layer().kind()) {
            case GOLD -> "layers/gold/" + id + ".json";
            case ANNOTATOR -> "layers/annotators/" + options.layer().annotator() + "/" + id + ".json";
            case MAJORITY -> "layers/annotators/*/" + id + ".json";
        };
    }

    /** What selection needs of one layer. */
    private record Stored(LayerState state, long revision, List<Span> spans) {
    }

    @FunctionalInterface
    private interface LayerReader {
        Stored read(LayerOwner owner) throws CorpusStoreException;
    }

    private Optional<List<Candidate>> select(LayerReader reader) throws CorpusStoreException {
        return switch (options.layer().kind()) {
            case GOLD -> single(reader, LayerOwner.GOLD);
            case ANNOTATOR -> single(reader, LayerOwner.annotator(options.layer().annotator()));
            case MAJORITY -> majority(reader);
        };
    }

    private Optional<List<Candidate>> single(LayerReader reader, LayerOwner owner) throws CorpusStoreException {
        Stored layer = reader.read(owner);
        if (!wanted(layer)) {
            return Optional.empty();
        }
        List<Candidate> out = new ArrayList<>(layer.spans().size());
        for (Span span : layer.spans()) {
            if (counts(span)) {
                String corpusLabel = span.labelId();
                out.add(new Candidate(span.start(), span.end(), options.outputLabel(corpusLabel), span.start(),
                        span.end(), corpusLabel, span.attributes(), span.note()));
            }
        }
        out.sort(ORDER);
        return Optional.of(out);
    }

    private Optional<List<Candidate>> majority(LayerReader reader) throws CorpusStoreException {
        Map<Candidate, Integer> votes = new LinkedHashMap<>();
        int voters = 0;
        for (String annotator : annotators) {
            Stored layer = reader.read(LayerOwner.annotator(annotator));
            if (!wanted(layer)) {
                continue;
            }
            voters++;
            layer.spans().stream().filter(this::counts).map(s -> candidate(s.start(), s.end(), s.labelId()))
                    .distinct().forEach(c -> votes.merge(c, 1, Integer::sum));
        }
        if (voters == 0) {
            return Optional.empty();
        }
        int needed = voters / 2 + 1;
        List<Candidate> out = new ArrayList<>(votes.entrySet().stream().filter(e -> e.getValue() >= needed)
                .map(Map.Entry::getKey).toList());
        out.sort(ORDER);
        return Optional.of(out);
    }

    private boolean wanted(Stored layer) {
        return layer.revision() > 0 && (options.states().isEmpty() || options.states().contains(layer.state()));
    }

    private boolean counts(Span span) {
        return span.status().isAnnotation() && options.selects(span.labelId());
    }

    /** A span voted for: without attributes or note, which the voters' layers may give differently. */
    private Candidate candidate(int start, int end, String corpusLabel) {
        return new Candidate(start, end, options.outputLabel(corpusLabel), start, end, corpusLabel);
    }
}
