package aurum.app.internal.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.index.LayerSummary;

/** The figures {@code aurum stats} shows, summed over the index's listing of every document. */
final class CorpusStats {

    /** One layer owner's figures: layers per state and spans per label. */
    record OwnerStats(LayerOwner owner, Map<LayerState, Integer> layers, Map<String, Integer> spans) {
        int spanCount() {
            return spans.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    final int documents;
    final long characters;
    final int documentsWithProblems;
    /** Annotators by id, then gold. */
    final List<OwnerStats> owners;
    final SortedSet<String> labels = new TreeSet<>();

    CorpusStats(List<IndexedDocument> all) {
        documents = all.size();
        characters = all.stream().mapToLong(IndexedDocument::length).sum();
        documentsWithProblems = (int) all.stream().filter(d -> !d.problems().isEmpty()).count();
        Map<String, OwnerStats> byKey = new TreeMap<>();
        for (IndexedDocument d : all) {
            for (LayerSummary layer : d.layers()) {
                OwnerStats stats = byKey.computeIfAbsent(sortKey(layer.owner()),
                        k -> new OwnerStats(layer.owner(), new EnumMap<>(LayerState.class), new TreeMap<>()));
                stats.layers().merge(layer.state(), 1, Integer::sum);
                layer.spansPerLabel().forEach((label, n) -> stats.spans().merge(label, n, Integer::sum));
                labels.addAll(layer.spansPerLabel().keySet());
            }
        }
        owners = new ArrayList<>(byKey.values());
    }

    private static String sortKey(LayerOwner owner) {
        return owner instanceof LayerOwner.Annotator a ? "0" + a.id() : "1";
    }

    /** How an owner is shown: the annotator id, or {@code [gold]} (brackets: no annotator id has them). */
    static String display(LayerOwner owner) {
        return owner instanceof LayerOwner.Annotator a ? a.id() : "[gold]";
    }

    /** How an owner is keyed in JSON, as in layer files: {@code annotator:<id>} or {@code gold}. */
    static String key(LayerOwner owner) {
        return owner instanceof LayerOwner.Annotator a ? "annotator:" + a.id() : "gold";
    }

    int spansOf(String label) {
        return owners.stream().mapToInt(o -> o.spans().getOrDefault(label, 0)).sum();
    }
}
