package aurum.editor.internal.session;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.LayerChanges;

/**
 * One open layer and its copy in the corpus store, kept equal. An edit changes the layer at once and is
 * handed to the session's {@link LayerWriter}, which appends it to the layer's change journal and flushes
 * it ({@link CorpusStore#saveChanges}) on its own thread, in the order the edits were made — a few
 * milliseconds later, without the UI thread waiting for the disk. The journal is folded into the layer
 * file in the background every {@value LayerWriter#COMPACT_AFTER_SAVES} saves and when the editor closes,
 * after the writer has written everything ({@link #close}).
 * <p>
 * When someone else saved the layer meanwhile, the writer reloads it and applies the edit on top if it
 * still fits; the session then takes that stored layer, re-applies the edits the writer has not reached
 * yet, and tells its {@link Listener}. When a write fails, the session takes the layer back as stored and
 * says which edits were lost; the editor never goes on showing an annotation that could not be stored.
 * Used on one thread (the UI thread), which the listener is called on too (through the executor given to
 * {@link #listen}); only {@link #loadFromDisk()}, {@link #file()} and {@link #knownStamp()} may be called
 * from others.
 */
public final class LayerSession {

    /** Told, on the UI thread, what became of edits after {@link #apply} returned. */
    public interface Listener {
        /**
         * The stored layer had been changed outside this session; the session now holds the stored layer
         * with this session's edits on top. {@code dropped} lists the edits left out because they no longer
         * fit (empty if none).
         */
        void rebased(List<String> dropped);

        /**
         * An edit could not be stored. {@code message} says why and which edits were lost; the session holds
         * the layer as stored now (if it could be read; otherwise it refuses further edits).
         */
        void notSaved(String message);

        /**
         * The team server cannot be reached (or refused them): {@code kept} edits are kept on this computer and
         * sent when it is back; {@code kept} is 0 once they were sent. {@code message} says so in one line.
         */
        default void unsent(int kept, String message) {
        }
    }

    /** An edit handed to the writer and not yet reported stored. */
    private record Pending(long sequence, List<LayerChange> changes, LayerState state) {
    }

    private final CorpusStore store;
    private final Document document;
    private final LayerOwner owner;
    private final Path file;
    private final LayerWriter writer;
    private final Deque<Pending> unsaved = new ArrayDeque<>();
    private volatile long savedThrough;
    /** Rebases reported by the writer and not yet taken on the UI thread: edits after them must be kept until then. */
    private final AtomicInteger rebasesInFlight = new AtomicInteger();
    private Layer layer;
    private long handedOver;
    private long lastChangeNanos;
    private Listener listener;
    private Executor ui = Runnable::run;
    private CorpusStoreException refusal;
    private int unsentEdits;

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

    /**
     * {@code unsent}: the folder where edits are kept while a team server cannot be reached, or null for a
     * folder corpus; edits kept there by an earlier session are taken up.
     */
    private LayerSession(CorpusStore store, Document document, Layer layer, FileStamp stamp, Path unsent)
            throws CorpusStoreException {
        this.store = store;
        this.document = document;
        this.owner = layer.owner();
        this.file = LayerFiles.path(store.directory(), document.id(), owner);
        this.writer = new LayerWriter(store, layer.copy(), file, stamp, new WriterEvents(), this::compactInBackground,
                unsent == null ? null : UnsentEdits.file(unsent, document.id(), owner));
        this.layer = writer.unsent == null ? layer : writer.unsent.resume(layer);
    }

    /** Opens the layer of {@code owner} on {@code document}; reads the disk. */
    public static LayerSession open(CorpusStore store, Document document, LayerOwner owner)
            throws CorpusStoreException {
        Path file = LayerFiles.path(store.directory(), document.id(), owner);
        FileStamp before = FileStamp.ofLayer(file);
        Layer layer = store.loadLayer(document, owner); // the text is read already: do not read and hash it again
        return new LayerSession(store, document, layer, stampAfter(file, before), unsentFolder(store));
    }

    /**
     * Opens the layer of {@code owner} on document {@code id}, reading the text and the layer at once
     * (the store reads them in parallel); reads the disk.
     */
    public static LayerSession open(CorpusStore store, String id, LayerOwner owner) throws CorpusStoreException {
        return open(store, id, owner, unsentFolder(store));
    }

    /** As {@link #open(CorpusStore, String, LayerOwner)}, keeping edits in {@code unsent} while the store is unreachable. */
    static LayerSession open(CorpusStore store, String id, LayerOwner owner, Path unsent) throws CorpusStoreException {
        Path file = LayerFiles.path(store.directory(), id, owner);
        FileStamp before = FileStamp.ofLayer(file);
        Layer layer = store.loadLayer(id, owner);
        return new LayerSession(store, layer.document(), layer, stampAfter(file, before), unsent);
    }

    /**
     * Where edits to a team-server corpus are kept while the server cannot be reached: {@code unsent/} in the
     * corpus's local work folder (one per server, login and corpus); null for a folder corpus.
     */
    static Path unsentFolder(CorpusStore store) {
        return store instanceof aurum.editor.server.ServerCorpus ? UnsentEdits.folder(store.directory()) : null;
    }

    /** The file's stamp, or MISSING when it changed while it was read: the watcher then loads it again. */
    private static FileStamp stampAfter(Path file, FileStamp before) {
        FileStamp after = FileStamp.ofLayer(file);
        return before.equals(after) ? after : FileStamp.MISSING;
    }

    /** Reports what becomes of edits to {@code newListener}, through {@code uiExecutor} (the UI thread). */
    public void listen(Listener newListener, Executor uiExecutor) {
        this.listener = newListener;
        this.ui = uiExecutor;
        if (writer.unsent != null) {
            writer.unsent.start(); // edits kept by an earlier session: say so and send them
        }
    }

    /** How many edits are kept on this computer because the team server could not be reached (0: none). */
    public int unsentEdits() {
        return unsentEdits;
    }

    /** The layer as this session shows it: the stored layer plus the edits being written. */
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

    /** The stored revision as of the last write. */
    public long storedRevision() {
        return writer.revision();
    }

    /** How long the last write to the store took (append and flush, on the writer's thread), for the benchmark. */
    public long lastSaveNanos() {
        return writer.lastSaveNanos();
    }

    /** How long the last edit took from {@link #apply} until it was stored, for the benchmark. */
    public long lastSaveLatencyNanos() {
        return writer.lastLatencyNanos();
    }

    /** How long the last {@link #apply} took to change the layer in memory (span table and index), for the benchmark. */
    public long lastChangeNanos() {
        return lastChangeNanos;
    }

    /** The stamp of the layer file as this session last read or wrote it. */
    public FileStamp knownStamp() {
        return writer.stamp();
    }

    /** Whether every edit made so far is stored. */
    public boolean isSaved() {
        return savedThrough >= handedOver;
    }

    /**
     * Waits until every edit made so far is written to the store, or has failed (for tests, and before the
     * editor closes).
     *
     * @return false if that took longer than {@code millis}
     */
    public boolean awaitSaved(long millis) {
        return writer.awaitWritten(millis);
    }

    /**
     * Applies {@code changes} in order and hands them to the writer; they are stored a moment later, in
     * the order made.
     *
     * @throws StaleChangeException if the changes do not fit the layer (e.g. after a reload the span is gone);
     *         the layer is unchanged
     * @throws CorpusStoreException if an earlier edit could not be stored and the layer could not be read
     *         back, or the session is closed; the layer is unchanged
     */
    public void apply(List<LayerChange> changes) throws CorpusStoreException {
        if (refusal != null) {
            throw refusal;
        }
        long started = System.nanoTime();
        requireApplicable(layer, changes);
        applyTo(layer, changes);
        lastChangeNanos = System.nanoTime() - started;
        long sequence = handedOver + 1;
        List<LayerChange> copy = List.copyOf(changes);
        try {
            writer.submit(sequence, copy, layer.state());
        } catch (CorpusStoreException closed) {
            applyTo(layer, inverse(changes));
            throw closed;
        }
        handedOver = sequence;
        forgetSaved();
        unsaved.addLast(new Pending(sequence, copy, layer.state()));
    }

    /**
     * Moves the layer to {@code state} (marked done, reopened, curated) and hands that to the writer like
     * an edit: one line in the change journal, stored a moment later in order with the edits around it.
     *
     * @throws IllegalArgumentException if the owner's layers cannot be in that state (DONE on gold)
     * @throws CorpusStoreException as {@link #apply}; the state is then unchanged
     */
    public void changeState(LayerState state) throws CorpusStoreException {
        LayerState before = layer.state();
        Layer changed = layer;
        changed.setState(state);
        try {
            apply(List.of());
        } catch (CorpusStoreException e) {
            changed.setState(before);
            throw e;
        }
    }

    /** Loads the stored layer; may run on any thread, changes nothing here. */
    public Layer loadFromDisk() throws CorpusStoreException {
        return store.loadLayer(document, owner);
    }

    /**
     * Takes a layer loaded from disk if it is still what the disk holds and differs from this session's.
     * While edits of this session are still being written it takes nothing: the watcher looks again.
     *
     * @return whether the layer was replaced
     */
    public boolean adopt(Layer loaded, FileStamp loadedStamp) {
        if (!isSaved() || !loadedStamp.equals(FileStamp.ofLayer(file))) {
            return false; // being written, or saved again meanwhile: the watcher brings the newer file
        }
        if (loaded.revision() == writer.revision()) {
            writer.stampRead(loadedStamp);
            return false;
        }
        layer = loaded;
        unsaved.clear();
        writer.restart(loaded.copy());
        return true;
    }

    /**
     * Writes what is left to write (waiting up to {@code millis}), stops the writer and folds the change
     * journal into the layer file in the background. The editor calls it when it closes.
     *
     * @return false if the writer did not finish in time
     */
    public boolean close(long millis) {
        boolean written = writer.close(millis);
        compactInBackground();
        return written;
    }

    /**
     * Folds the layer's change journal into the layer file on a background job; the stored layer and its
     * revision stay the same, so this session and other editors carry on undisturbed. Failures are
     * logged by the job: the journal then simply stays, and every reader still sees its edits.
     */
    public void compactInBackground() {
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

    /** Drops the edits the writer has stored, unless a rebase is on its way (it re-applies them). */
    private void forgetSaved() {
        long saved = savedThrough; // read before the counter: the writer counts a rebase before it moves savedThrough
        if (rebasesInFlight.get() > 0) {
            return;
        }
        while (!unsaved.isEmpty() && unsaved.peekFirst().sequence() <= saved) {
            unsaved.removeFirst();
        }
    }

    /** On the UI thread: the writer found the layer changed on disk and rebased on it after edit {@code sequence}. */
    private void rebased(long sequence, Layer stored, StaleChangeException dropped) {
        List<String> left = new ArrayList<>();
        if (dropped != null) {
            left.add(dropped.getMessage());
        }
        for (Pending pending : unsaved) {
            if (pending.sequence() <= sequence) {
                continue;
            }
            if (fits(stored, pending.changes())) { // the writer decides the same way on its copy
                applyTo(stored, pending.changes());
                stored.setState(pending.state());
            } else {
                left.add(staleness(stored, pending.changes()).getMessage());
            }
        }
        layer = stored;
        rebasesInFlight.decrementAndGet();
        forgetSaved();
        if (listener != null) {
            listener.rebased(left);
        }
    }

    /** On the UI thread: edit {@code sequence} could not be written; take the layer as the writer read it back. */
    private void notSaved(long sequence, CorpusStoreException failure, Layer stored,
            CorpusStoreException unreadable) {
        long lost = handedOver - sequence + 1;
        for (Iterator<Pending> newestFirst = unsaved.descendingIterator(); newestFirst.hasNext();) {
            Pending pending = newestFirst.next();
            if (pending.sequence() >= sequence) { // take back what was not stored, newest first
                applyTo(layer, inverse(pending.changes()));
            }
        }
        unsaved.clear();
        savedThrough = handedOver; // the writer skips everything until the restart: nothing is waiting any more
        String what = (lost == 1 ? "The last change" : "The last " + lost + " changes") + " could not be stored: "
                + failure.getMessage();
        String message;
        if (stored != null) {
            layer = stored;
            writer.restart(stored.copy());
            message = what + " The layer is shown as stored.";
        } else {
            refusal = new CorpusStoreException("Edits are refused: a change could not be stored (" + failure.getMessage()
                    + ") and the layer cannot be read back (" + unreadable.getMessage() + "). Close the document,"
                    + " fix the corpus folder and open it again.");
            message = what + " The layer cannot be read back either, so edits are refused until the document is"
                    + " opened again: " + unreadable.getMessage();
        }
        if (listener != null) {
            listener.notSaved(message);
        }
    }

    /** Passes the writer's reports to the UI thread. */
    private final class WriterEvents implements LayerWriter.Listener {
        @Override
        public void rebased(long sequence, Layer stored, StaleChangeException dropped) {
            rebasesInFlight.incrementAndGet();
            savedThrough = sequence;
            ui.execute(() -> LayerSession.this.rebased(sequence, stored, dropped));
        }

        @Override
        public void failed(long sequence, CorpusStoreException failure, Layer stored,
                CorpusStoreException unreadable) {
            savedThrough = sequence - 1; // the UI thread takes back this edit and the later ones
            ui.execute(() -> notSaved(sequence, failure, stored, unreadable));
        }

        @Override
        public void saved(long sequence) {
            savedThrough = sequence;
        }

        @Override
        public void unsent(long sequence, int kept, String message) {
            if (sequence > savedThrough) {
                savedThrough = sequence; // kept on disk here: durable, and taken back by nothing
            }
            ui.execute(() -> {
                unsentEdits = kept;
                if (listener != null) {
                    listener.unsent(kept, message);
                }
            });
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
        StaleChangeException stale = staleness(layer, changes);
        if (stale != null) {
            throw stale;
        }
    }

    /** Whether {@code changes} fit {@code layer}: every span they change is there as they expect, every new one absent. */
    static boolean fits(Layer layer, List<LayerChange> changes) {
        return staleness(layer, changes) == null;
    }

    /** Why {@code changes} do not fit {@code layer}, or null if they do. */
    static StaleChangeException staleness(Layer layer, List<LayerChange> changes) {
        for (LayerChange change : changes) {
            boolean present = layer.contains(change.spanId());
            if (change.before() == null ? present : !present
                    || !Objects.equals(layer.find(change.spanId()).orElseThrow(), change.before())) {
                return new StaleChangeException("The span '" + change.spanId() + "' is no longer as this change"
                        + " expects in the " + layer + "; the layer was changed elsewhere. Nothing was changed.");
            }
        }
        return null;
    }

    static void applyTo(Layer layer, List<LayerChange> changes) {
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
