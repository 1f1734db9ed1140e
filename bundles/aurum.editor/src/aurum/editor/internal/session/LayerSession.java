package aurum.editor.internal.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.store.ConflictException;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.LayerChanges;

/**
 * One open layer and its copy in the corpus store, kept equal: every change is applied to the layer and
 * saved before {@link #apply} returns, as one line appended to the layer's change journal
 * ({@link CorpusStore#saveChanges}: a few hundred bytes and one flush, however large the layer), which is
 * folded into the layer file in the background every {@value #COMPACT_AFTER_SAVES} saves and when the
 * editor closes. When someone else saved the layer meanwhile, the session reloads
 * it, applies the change to the fresh layer if it still fits, and says so in the {@link Outcome}; a
 * change that cannot be saved is taken back, so the editor never shows an annotation that is not stored.
 * Used on one thread (the UI thread); only {@link #loadFromDisk()}, {@link #file()} and
 * {@link #knownStamp()} may be called from others.
 */
public final class LayerSession {

    /** What became of a change. */
    public enum Outcome {
        /** Applied and saved. */
        SAVED,
        /** The stored layer had been changed by someone else; it was reloaded and the change applied on top. */
        SAVED_AFTER_RELOAD
    }

    private final CorpusStore store;
    private final Document document;
    private final LayerOwner owner;
    private final Path file;
    private Layer layer;
    private long storedRevision;
    private volatile FileStamp stamp;
    private long lastSaveNanos;
    private long lastChangeNanos;
    private int pendingCompaction;

    /**
     * Saves journaled since the last compaction after which the journal is folded into the layer file in
     * the background: a few hundred KB of journal, replayed in milliseconds by every reader.
     */
    static final int COMPACT_AFTER_SAVES = 500;

    /** One compaction at a time per workbench; they are rare and each rewrites a whole layer file. */
    private static final ISchedulingRule COMPACTION = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private LayerSession(CorpusStore store, Document document, Layer layer) {
        this.store = store;
        this.document = document;
        this.owner = layer.owner();
        this.file = LayerFiles.path(store.directory(), document.id(), owner);
        this.layer = layer;
        this.storedRevision = layer.revision();
        this.stamp = FileStamp.ofLayer(file);
    }

    /** Opens the layer of {@code owner} on {@code document}; reads the disk. */
    public static LayerSession open(CorpusStore store, Document document, LayerOwner owner)
            throws CorpusStoreException {
        FileStamp before = FileStamp.ofLayer(LayerFiles.path(store.directory(), document.id(), owner));
        Layer layer = store.loadLayer(document, owner); // the text is read already: do not read and hash it again
        LayerSession session = new LayerSession(store, document, layer);
        if (!before.equals(session.stamp)) {
            session.stamp = FileStamp.MISSING; // changed while loading: let the watcher load it again
        }
        return session;
    }

    /**
     * Opens the layer of {@code owner} on document {@code id}, reading the text and the layer at once
     * (the store reads them in parallel); reads the disk.
     */
    public static LayerSession open(CorpusStore store, String id, LayerOwner owner) throws CorpusStoreException {
        FileStamp before = FileStamp.ofLayer(LayerFiles.path(store.directory(), id, owner));
        Layer layer = store.loadLayer(id, owner);
        LayerSession session = new LayerSession(store, layer.document(), layer);
        if (!before.equals(session.stamp)) {
            session.stamp = FileStamp.MISSING;
        }
        return session;
    }

    /** The layer as stored now. */
    public Layer layer() {
        return layer;
    }

    /** The document. */
    public Document document() {
        return document;
    }

    /** The store. */
    public CorpusStore store() {
        return store;
    }

    /** The layer file, for watching. */
    public Path file() {
        return file;
    }

    /** The revision in the store that this session's layer matches. */
    public long storedRevision() {
        return storedRevision;
    }

    /** How long the last save to the store took, for the benchmark. */
    public long lastSaveNanos() {
        return lastSaveNanos;
    }

    /** How long the last {@link #apply} took to change the layer in memory (span table and index), for the benchmark. */
    public long lastChangeNanos() {
        return lastChangeNanos;
    }

    /** The stamp of the layer file as this session last read or wrote it. */
    public FileStamp knownStamp() {
        return stamp;
    }

    /**
     * Applies {@code changes} in order and saves the layer.
     *
     * @throws StaleChangeException if the changes do not fit the layer (e.g. after a reload the span is gone);
     *         the layer is unchanged
     * @throws CorpusStoreException if saving fails; the layer is as before the call
     */
    public Outcome apply(List<LayerChange> changes) throws CorpusStoreException {
        long started = System.nanoTime();
        requireApplicable(layer, changes);
        applyTo(layer, changes);
        lastChangeNanos = System.nanoTime() - started;
        try {
            save(changes);
            return Outcome.SAVED;
        } catch (ConflictException conflict) {
            applyTo(layer, inverse(changes));
            Layer fresh = store.loadLayer(document.id(), owner);
            replaceLayer(fresh);
            requireApplicable(layer, changes);
            applyTo(layer, changes);
            try {
                save(changes);
            } catch (CorpusStoreException again) {
                applyTo(layer, inverse(changes));
                throw again;
            }
            return Outcome.SAVED_AFTER_RELOAD;
        } catch (CorpusStoreException failure) {
            applyTo(layer, inverse(changes));
            throw failure;
        }
    }

    /** Loads the stored layer; may run on any thread, changes nothing here. */
    public Layer loadFromDisk() throws CorpusStoreException {
        return store.loadLayer(document, owner);
    }

    /**
     * Takes a layer loaded from disk if it is still what the disk holds and differs from this session's.
     *
     * @return whether the layer was replaced
     */
    public boolean adopt(Layer loaded, FileStamp loadedStamp) {
        if (!loadedStamp.equals(FileStamp.ofLayer(file))) {
            return false; // saved again meanwhile (maybe by this session): the watcher brings the newer file
        }
        if (loaded.revision() == storedRevision) {
            stamp = loadedStamp;
            return false;
        }
        replaceLayer(loaded);
        stamp = loadedStamp;
        return true;
    }

    private void replaceLayer(Layer fresh) {
        layer = fresh;
        storedRevision = fresh.revision();
    }

    /**
     * Folds the layer's change journal into the layer file on a background job; the stored layer and its
     * revision stay the same, so this session and other editors carry on undisturbed. Failures are
     * logged by the job: the journal then simply stays, and every reader still sees its edits.
     */
    public void compactInBackground() {
        pendingCompaction = 0;
        Job job = Job.create("Compacting " + file.getFileName(), (IProgressMonitor monitor) -> {
            try {
                store.compactLayer(document.id(), owner);
                return Status.OK_STATUS;
            } catch (CorpusStoreException e) {
                return Status.warning("The change journal of " + file.getFileName() + " could not be folded into"
                        + " the layer file; its edits are kept and read as before. " + e.getMessage(), e);
            }
        });
        job.setSystem(true);
        job.setRule(COMPACTION);
        job.schedule();
    }

    private void save(List<LayerChange> changes) throws CorpusStoreException {
        long started = System.nanoTime();
        storedRevision = store.saveChanges(layer, storedRevision, net(changes));
        lastSaveNanos = System.nanoTime() - started;
        stamp = FileStamp.ofLayer(file);
        if (++pendingCompaction >= COMPACT_AFTER_SAVES) {
            compactInBackground();
        }
    }

    /** The net effect of {@code changes} per span, as the store journals it. */
    static LayerChanges net(List<LayerChange> changes) {
        LayerChanges.Builder net = LayerChanges.builder();
        for (LayerChange change : changes) {
            if (change.after() != null) {
                net.put(change.after());
            } else {
                net.remove(change.spanId());
            }
        }
        return net.build();
    }

    static List<LayerChange> inverse(List<LayerChange> changes) {
        List<LayerChange> inverse = new ArrayList<>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) {
            inverse.add(changes.get(i).inverse());
        }
        return inverse;
    }

    private static void requireApplicable(Layer layer, List<LayerChange> changes) throws StaleChangeException {
        for (LayerChange change : changes) {
            boolean present = layer.contains(change.spanId());
            if (change.before() == null ? present : !present
                    || !Objects.equals(layer.find(change.spanId()).orElseThrow(), change.before())) {
                throw new StaleChangeException("The span '" + change.spanId() + "' is no longer as this change"
                        + " expects in the " + layer + "; the layer was changed elsewhere. Nothing was changed.");
            }
        }
    }

    private static void applyTo(Layer layer, List<LayerChange> changes) {
        List<Span> added = new ArrayList<>();
        for (LayerChange change : changes) {
            if (change.before() == null) {
                added.add(change.after());
                continue;
            }
            if (!added.isEmpty()) {
                layer.addAll(added);
                added.clear();
            }
            if (change.after() == null) {
                layer.remove(change.spanId());
            } else {
                layer.replace(change.after());
            }
        }
        if (added.size() == 1) {
            layer.add(added.get(0));
        } else if (!added.isEmpty()) {
            layer.addAll(added);
        }
    }
}
