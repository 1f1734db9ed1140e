package aurum.labels.migration;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.corpus.store.ConflictException;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * What a migration would change, layer by layer, before anything is written; {@link #apply()} carries it
 * out if no layer was saved in between.
 */
public final class MigrationPreview {

    private final CorpusStore store;
    private final LabelSet before;
    private final LabelSet after;
    private final LabelChange change;
    private final List<LayerChange> layers;

    MigrationPreview(CorpusStore store, LabelSet before, LabelSet after, LabelChange change, List<LayerChange> layers) {
        this.store = store;
        this.before = before;
        this.after = after;
        this.change = change;
        this.layers = List.copyOf(layers);
    }

    /** The change previewed. */
    public LabelChange change() {
        return change;
    }

    /** The label set now. */
    public LabelSet before() {
        return before;
    }

    /** The label set after the change, with its new version. */
    public LabelSet after() {
        return after;
    }

    /** The layers with spans that change, by document then owner. */
    public List<LayerChange> layers() {
        return layers;
    }

    /** Spans that change in all layers. */
    public int spans() {
        return layers.stream().mapToInt(LayerChange::changed).sum();
    }

    /**
     * Relabels, changes or removes the spans, saves each layer against the revision the preview read, records a
     * journal for {@link LabelMigration#undoLast}, and moves the corpus to the new label set version. If a
     * layer was saved by someone else since the preview, nothing stays changed: layers already written are
     * put back and the conflict is thrown.
     *
     * @throws ConflictException if a layer changed since the preview; preview again and retry
     * @throws CorpusStoreException if a write fails
     * @throws IOException if the journal or the label set file cannot be written
     */
    public AppliedMigration apply() throws CorpusStoreException, IOException {
        List<Layer> loaded = new ArrayList<>();
        for (LayerChange planned : layers) {
            Layer layer = store.loadLayer(planned.documentId(), planned.owner());
            if (layer.revision() != planned.revision()) {
                throw new ConflictException(planned.documentId(), planned.owner().describe(), planned.revision(),
                        layer.revision());
            }
            loaded.add(layer);
        }
        Instant now = Instant.now();
        List<JournaledLayer> journaled = new ArrayList<>();
        for (Layer layer : loaded) {
            journaled.add(change(layer, now));
        }
        MigrationJournal journal = new MigrationJournal(store.directory());
        JournalEntry entry = journal.write(new JournalEntry(null, change.describe(), now.toString(),
                LabelSetState.currentFile(store), store.settings().labelSet(), after.ref(), journaled));
        for (int i = 0; i < loaded.size(); i++) {
            try {
                store.saveLayer(loaded.get(i), layers.get(i).revision());
            } catch (CorpusStoreException e) {
                for (int k = 0; k < i; k++) {
                    LabelMigration.revert(store, journaled.get(k));
                }
                journal.discard(entry);
                throw e;
            }
        }
        LabelSetState.moveTo(store, after);
        return new AppliedMigration(change.describe(), after, loaded.size(), spans());
    }

    private JournaledLayer change(Layer layer, Instant now) {
        Map<String, String> relabelled = new HashMap<>();
        List<Span> deleted = new ArrayList<>();
        List<Span> replaced = new ArrayList<>();
        long revision = layer.revision();
        for (Span span : layer.spans()) {
            if (!change.touches(span)) {
                continue;
            }
            Optional<Span> after = change.migrate(span);
            if (after.isEmpty()) {
                layer.remove(span.id());
                deleted.add(span);
            } else {
                layer.replace(after.get().withModified(now));
                if (after.get().equals(span.withLabel(after.get().labelId()))) {
                    relabelled.put(span.id(), span.labelId());
                } else {
                    replaced.add(span);
                }
            }
        }
        return new JournaledLayer(layer.document().id(), layer.owner(), revision, revision + 1, relabelled, deleted,
                replaced);
    }
}
