package aurum.export.internal.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
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
        this.annotators = options.layer().kind() == LayerSelection.Kind.MAJORITY ? annotators(store.directory()) : List.of();
    }

    /** The selected spans in {@link #ORDER}, or empty when the document is not exported. */
    Optional<List<Candidate>> select(String id) throws CorpusStoreException {
        return switch (options.layer().kind()) {
            case GOLD -> single(id, LayerOwner.GOLD);
            case ANNOTATOR -> single(id, LayerOwner.annotator(options.layer().annotator()));
            case MAJORITY -> majority(id);
        };
    }

    private Optional<List<Candidate>> single(String id, LayerOwner owner) throws CorpusStoreException {
        Layer layer = store.loadLayer(id, owner);
        if (!wanted(layer)) {
            return Optional.empty();
        }
        List<Candidate> out = new ArrayList<>();
        for (Span span : layer.spans()) {
            if (counts(span)) {
                out.add(candidate(span.start(), span.end(), span.labelId()));
            }
        }
        out.sort(ORDER);
        return Optional.of(out);
    }

    private Optional<List<Candidate>> majority(String id) throws CorpusStoreException {
        Map<Candidate, Integer> votes = new LinkedHashMap<>();
        int voters = 0;
        for (String annotator : annotators) {
            Layer layer = store.loadLayer(id, LayerOwner.annotator(annotator));
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

    private boolean wanted(Layer layer) {
        return layer.revision() > 0 && (options.states().isEmpty() || options.states().contains(layer.state()));
    }

    private boolean counts(Span span) {
        return span.status().isAnnotation() && options.selects(span.labelId());
    }

    private Candidate candidate(int start, int end, String corpusLabel) {
        return new Candidate(start, end, options.outputLabel(corpusLabel), start, end, corpusLabel);
    }

    /** The annotator ids that have layers, from the folder layout of docs/FORMAT.md. */
    private static List<String> annotators(Path corpus) throws IOException {
        Path dir = corpus.resolve("layers").resolve("annotators");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }
}
