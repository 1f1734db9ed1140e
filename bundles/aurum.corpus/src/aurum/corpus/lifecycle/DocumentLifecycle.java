package aurum.corpus.lifecycle;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.ConflictException;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.LayerChanges;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finishes and reopens layers: the headless operation behind Annotate › Mark Document Done / Reopen
 * Document and {@code aurum state}. An annotator's layer goes {@code NEW} or {@code IN_PROGRESS} to
 * {@code DONE} and back to {@code IN_PROGRESS}; the gold layer goes to {@code CURATED} and back. A layer
 * never goes back to {@code NEW}: reopening a layer that was never finished leaves it as it is.
 * <p>
 * Every id is checked before anything is written, so a bad id changes nothing. Each state change is one
 * line in the layer's change journal ({@link CorpusStore#saveChanges}), durable when this returns; a
 * layer saved by someone else in between is read again and the change made on top of it.
 */
public final class DocumentLifecycle {

    /** How often a move is tried again when another writer saved the layer at the same moment. */
    private static final int ATTEMPTS = 5;

    private final CorpusStore store;

    /** @param store the corpus whose layers change */
    public DocumentLifecycle(CorpusStore store) {
        this.store = store;
    }

    /** The state that finishes a layer of {@code owner}: {@code DONE}, or {@code CURATED} for gold. */
    public static LayerState finished(LayerOwner owner) {
        return owner.isGold() ? LayerState.CURATED : LayerState.DONE;
    }

    /**
     * Marks the layers of {@code owner} on {@code ids} finished ({@link #finished}); a layer never saved
     * is created, empty and finished (a document with nothing to tag is finished too).
     *
     * @return one entry per distinct id, in the order given
     * @throws CorpusStoreException if an id names no document (then nothing is changed), or a layer cannot
     *         be read or written (the layers before it are changed, the message says which failed)
     */
    public List<StateChange> finish(LayerOwner owner, Collection<String> ids) throws CorpusStoreException {
        return move(owner, ids, finished(owner));
    }

    /**
     * Reopens the finished layers of {@code owner} on {@code ids}: {@code DONE} or {@code CURATED} becomes
     * {@code IN_PROGRESS}; other layers are left as they are.
     *
     * @return one entry per distinct id, in the order given
     * @throws CorpusStoreException as {@link #finish}
     */
    public List<StateChange> reopen(LayerOwner owner, Collection<String> ids) throws CorpusStoreException {
        return move(owner, ids, LayerState.IN_PROGRESS);
    }

    private List<StateChange> move(LayerOwner owner, Collection<String> ids, LayerState target)
            throws CorpusStoreException {
        Set<String> distinct = new LinkedHashSet<>(ids);
        requireDocuments(distinct);
        List<StateChange> changes = new ArrayList<>(distinct.size());
        for (String id : distinct) {
            changes.add(move(owner, id, target));
        }
        return changes;
    }

    private void requireDocuments(Set<String> ids) throws CorpusStoreException {
        Set<String> known = new java.util.HashSet<>(store.documentIds());
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new CorpusStoreException((unknown.size() == 1 ? "There is no document '" + unknown.get(0) + "'"
                    : "There are no documents " + String.join(", ", unknown.stream().limit(5).toList())
                            + (unknown.size() > 5 ? " and " + (unknown.size() - 5) + " more" : ""))
                    + " in the corpus " + store.directory() + "; nothing was changed. 'aurum list' shows the ids.");
        }
    }

    private StateChange move(LayerOwner owner, String id, LayerState target) throws CorpusStoreException {
        for (int attempt = 1;; attempt++) {
            Layer layer = store.loadLayer(id, owner);
            LayerState before = layer.state();
            LayerState after = next(before, target);
            if (after == before) {
                return new StateChange(id, before, before);
            }
            long revision = layer.revision();
            layer.setState(after);
            try {
                store.saveChanges(layer, revision, LayerChanges.builder().build());
                return new StateChange(id, before, after);
            } catch (ConflictException e) {
                if (attempt == ATTEMPTS) {
                    throw new CorpusStoreException("The " + layer + " kept changing while its state was being set to "
                            + after + "; try again when nobody is saving it. " + e.getMessage(), e);
                }
            }
        }
    }

    /** Where a layer in state {@code now} goes when asked for {@code target}. */
    private static LayerState next(LayerState now, LayerState target) {
        if (target == LayerState.IN_PROGRESS) {
            return now == LayerState.DONE || now == LayerState.CURATED ? LayerState.IN_PROGRESS : now;
        }
        return target;
    }
}
