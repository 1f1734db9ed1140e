package aurum.labels.migration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        return preview(store, current, change, List.of());
    }

    /**
     * Like {@link #preview(CorpusStore, LabelSet, LabelChange)}; when the label set after the change has the
     * id and version of one of {@code installed} and the same labels, parents and attributes, the corpus moves
     * to that installed set (with its guidelines, colours and hotkeys) instead of a copy of its own. That is
     * how a corpus made with news 1.0.0 reaches the news 2.0.0 the plugin ships.
     *
     * @param installed the label sets plugins contribute
     * @throws IllegalArgumentException if the change does not fit the label set, or would give spans a label
     *         the set after it lacks (e.g. a sub-type attribute with a value outside its list)
     */
    public static MigrationPreview preview(CorpusStore store, LabelSet current, LabelChange change,
            List<LabelSet> installed) throws CorpusStoreException {
        LabelSet after = sameInstalled(change.applyTo(current), installed);
        List<LayerChange> layers = new ArrayList<>();
        List<String> unfit = new ArrayList<>();
        for (DocumentInfo document : store.documents()) {
            for (LayerOwner owner : store.layers(document.id())) {
                Layer layer = store.loadLayer(document.id(), owner);
                int changed = 0;
                int deleted = 0;
                for (Span span : layer.spans()) {
                    if (!change.touches(span)) {
                        continue;
                    }
                    Optional<Span> migrated = change.migrate(span);
                    if (migrated.isEmpty()) {
                        deleted++;
                    } else {
                        changed++;
                        if (!after.contains(migrated.get().labelId())) {
                            unfit.add("span '" + span.id() + "' of document '" + document.id() + "' ("
                                    + owner.describe() + ") would become " + migrated.get().labelId());
                        }
                    }
                }
                if (changed + deleted > 0) {
                    layers.add(new LayerChange(document.id(), owner, layer.revision(), changed, deleted));
                }
            }
        }
        if (!unfit.isEmpty()) {
            throw new IllegalArgumentException("cannot " + change.describe() + ": " + unfit.size() + " span(s) would get"
                    + " a label that " + after.ref() + " does not have, e.g. " + String.join("; ",
                            unfit.subList(0, Math.min(3, unfit.size()))) + ". Correct their values first ('aurum"
                    + " validate' lists values outside the attribute's list); nothing was changed.");
        }
        return new MigrationPreview(store, current, after, change, layers);
    }

    /** The installed set with {@code migrated}'s id and version if it has the same labels, else {@code migrated}. */
    private static LabelSet sameInstalled(LabelSet migrated, List<LabelSet> installed) {
        return installed.stream().filter(s -> s.ref().equals(migrated.ref()) && shape(s).equals(shape(migrated)))
                .findFirst().orElse(migrated);
    }

    /** What spans depend on: each label's id, parent and attribute schema. */
    private static Set<List<Object>> shape(LabelSet set) {
        Set<List<Object>> shape = new HashSet<>();
        set.labels().forEach(l -> shape.add(Arrays.asList(l.id(), l.parentId(), Set.copyOf(l.attributes()))));
        return shape;
    }

    /**
     * Reverses the newest migration not undone yet: spans get their old labels (and attributes) back,
     * deleted spans return, and the corpus's label set file and {@code corpus.json} are restored.
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
        for (Span replaced : journaled.replaced()) {
            if (layer.contains(replaced.id())) {
                layer.replace(replaced);
                restored++;
            }
        }
        store.saveLayer(layer, revision);
        return restored;
    }
}
