package aurum.labels.migration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;

/**
 * Entry point of label migrations: {@link #preview} a {@link LabelChange} on a corpus, then
 * {@link MigrationPreview#apply()} it; {@link #undoLast} reverses the newest applied migration, also in a
 * later session.
 */
public final class LabelMigration {

    private LabelMigration() {
    }

    /**
     * Reads every layer of the corpus and counts the spans the change would touch; changes nothing.
     *
     * @param store   the corpus
     * @param current the corpus's current label set
     * @param change  what to do
     * @throws IllegalArgumentException if the change does not fit the label set (unknown label, taken id…)
     * @throws CorpusStoreException if a layer cannot be read
     */
    public static MigrationPreview preview(CorpusStore store, LabelSet current, LabelChange change)
            throws CorpusStoreException {
        LabelSet after = change.applyTo(current);
        List<LayerChange> layers = new ArrayList<>();
        for (DocumentInfo document : store.documents()) {
            for (LayerOwner owner : store.layers(document.id())) {
                Layer layer = store.loadLayer(document.id(), owner);
                int hits = (int) layer.spans().stream().filter(s -> s.labelId().equals(change.label())).count();
                if (hits > 0) {
                    boolean delete = change.newLabel().isEmpty();
                    layers.add(new LayerChange(document.id(), owner, layer.revision(), delete ? 0 : hits,
                            delete ? hits : 0));
                }
            }
        }
        return new MigrationPreview(store, current, after, change, layers);
    }

    /**
     * Reverses the newest migration not undone yet: spans get their old labels back, deleted spans
     * return, and the corpus's label set file and {@code corpus.json} are restored.
     *
     * @return what was undone, or empty if there is nothing to undo
     * @throws CorpusStoreException if a layer was changed after the migration (nothing is changed then),
     *         or a write fails
     * @throws IOException if the journal or the label set file cannot be read or written
     */
    public static Optional<UndoneMigration> undoLast(CorpusStore store) throws CorpusStoreException, IOException {
        MigrationJournal journal = new MigrationJournal(store.directory());
        Optional<JournalEntry> latest = journal.latest();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        JournalEntry entry = latest.get();
        List<JournaledLayer> toRevert = new ArrayList<>();
        List<String> changedSince = new ArrayList<>();
        for (JournaledLayer layer : entry.layers()) {
            long stored = store.loadLayer(layer.documentId(), layer.owner()).revision();
            if (stored == layer.revisionAfter()) {
                toRevert.add(layer);
            } else if (stored != layer.revisionBefore()) {
                changedSince.add("document '" + layer.documentId() + "' (" + layer.owner().describe()
                        + ") is at revision " + stored + ", the migration left it at " + layer.revisionAfter());
            }
        }
        if (!changedSince.isEmpty()) {
            throw new CorpusStoreException("Cannot undo '" + entry.change() + "': " + changedSince.size()
                    + " layer(s) were saved after it, and undoing would lose that work: "
                    + String.join("; ", changedSince) + ". Nothing was changed.");
        }
        int spans = 0;
        for (JournaledLayer layer : toRevert) {
            spans += revert(store, layer);
        }
        LabelSetState.restore(store, entry);
        journal.markUndone(entry);
        return Optional.of(new UndoneMigration(entry.change(), toRevert.size(), spans, entry.refBefore()));
    }

    /** Puts one layer back as it was before the migration; returns the number of spans restored. */
    static int revert(CorpusStore store, JournaledLayer journaled) throws CorpusStoreException {
        Layer layer = store.loadLayer(journaled.documentId(), journaled.owner());
        long revision = layer.revision();
        int restored = 0;
        for (var relabel : journaled.relabelled().entrySet()) {
            Optional<Span> span = layer.find(relabel.getKey());
            if (span.isPresent()) {
                layer.replace(span.get().withLabel(relabel.getValue()));
                restored++;
            }
        }
        for (Span deleted : journaled.deleted()) {
            if (!layer.contains(deleted.id())) {
                layer.add(deleted);
                restored++;
            }
        }
        store.saveLayer(layer, revision);
        return restored;
    }
}
