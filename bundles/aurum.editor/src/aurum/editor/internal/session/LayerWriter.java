package aurum.editor.internal.session;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.ConflictException;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * Writes the edits of one {@link LayerSession} to the corpus store, in the order they were made, on a
 * thread of its own, so that the UI thread never waits for a disk flush: each edit is one line appended to
 * the layer's change journal and flushed ({@link CorpusStore#saveChanges}), started the moment the edit is
 * made. The writer keeps its own copy of the layer (the <em>mirror</em>), equal to the session's layer as
 * of the last edit it was given, because the store may write the whole layer instead of a journal line.
 * <p>
 * When someone else saved the layer meanwhile ({@link ConflictException}), the writer reloads it, applies
 * the edit on top if it still fits (or leaves it out) and reports the stored layer to the {@link Listener};
 * later edits are applied to that layer the same way. When a write fails otherwise, the writer writes
 * nothing more until {@link #restart} and reports the failure.
 * <p>
 * When the store is a team server that cannot be reached, the edit and every later one are kept on this
 * computer instead ({@link UnsentEdits}, handled by {@link UnsentSender}) and sent when the server is back.
 */
final class LayerWriter {

    /** Told what the writer had to do besides writing; called on the writer's thread. */
    interface Listener {
        /**
         * The stored layer had been changed by someone else. {@code stored} (a copy the caller may keep)
         * is the layer as stored after edit {@code sequence}, which was applied on top or, if
         * {@code dropped} is not null, left out because it no longer fits.
         */
        void rebased(long sequence, Layer stored, StaleChangeException dropped);

        /**
         * Edit {@code sequence} could not be written; it and every edit after it until {@link #restart} are
         * not stored. {@code stored} is the layer as stored now, read back by the writer (the caller may
         * keep it), or null if it cannot be read: then {@code unreadable} says why.
         */
        void failed(long sequence, CorpusStoreException failure, Layer stored, CorpusStoreException unreadable);

        /** Edit {@code sequence} is stored: durable, as the store's other writes. */
        void saved(long sequence);

        /**
         * Edits are kept on this computer, not sent to the team server: {@code kept} of them, the last being
         * edit {@code sequence} (0 when none was made in this session); {@code kept} is 0 once they were sent.
         * {@code message} says so in one line.
         */
        void unsent(long sequence, int kept, String message);
    }

    /** How many journaled saves since the last compaction make the writer fold the journal into the layer file. */
    static final int COMPACT_AFTER_SAVES = 500;

    private final CorpusStore store;
    private final Document document;
    private final LayerOwner owner;
    private final Path file;
    private final Listener listener;
    private final Runnable compaction;
    private final ExecutorService thread;
    /** Keeps and sends edits while the team server cannot be reached; null for a folder corpus. */
    final UnsentSender unsent;
    /** The layer as stored after the last edit handed over; touched on the writer's thread only (after construction). */
    Layer mirror;
    volatile long revision;
    private volatile FileStamp stamp;
    private volatile long lastSaveNanos;
    private volatile long lastLatencyNanos;
    private boolean broken;
    private int sinceCompaction;

    LayerWriter(CorpusStore store, Layer stored, Path file, FileStamp stamp, Listener listener, Runnable compaction) {
        this(store, stored, file, stamp, listener, compaction, null);
    }

    /** {@code unsentFile}: where edits are kept while the team server cannot be reached, or null (a folder corpus). */
    LayerWriter(CorpusStore store, Layer stored, Path file, FileStamp stamp, Listener listener, Runnable compaction,
            Path unsentFile) {
        this.store = store;
        this.document = stored.document();
        this.owner = stored.owner();
        this.file = file;
        this.mirror = stored;
        this.revision = stored.revision();
        this.stamp = stamp;
        this.listener = listener;
        this.compaction = compaction;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "Aurum saves " + file.getFileName());
            t.setDaemon(true);
            return t;
        });
        this.unsent = unsentFile == null ? null : new UnsentSender(this, store, unsentFile, listener);
    }

    /** Runs {@code task} on the writer's thread, after what was handed over before; false when closed. */
    boolean onThread(Runnable task) {
        try {
            thread.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** The document whose layer this writer writes. */
    Document document() {
        return document;
    }

    /** The owner of the layer. */
    LayerOwner owner() {
        return owner;
    }

    /** Hands over edit {@code sequence}: {@code changes}, after which the layer's state is {@code state}. */
    void submit(long sequence, List<LayerChange> changes, LayerState state) throws CorpusStoreException {
        long submitted = System.nanoTime();
        try {
            thread.execute(() -> write(sequence, changes, state, submitted));
        } catch (RejectedExecutionException e) {
            throw new CorpusStoreException("The editor of " + file.getFileName() + " is closing; the change was not made.");
        }
    }

    /** Starts again from {@code stored} (the layer as stored now) after a failure or a reload from disk. */
    void restart(Layer stored) {
        thread.execute(() -> {
            mirror = stored;
            revision = stored.revision();
            stamp = FileStamp.ofLayer(file);
            broken = false;
        });
    }

    /** The stored revision the last write made or found. */
    long revision() {
        return revision;
    }

    /** The layer file's stamp after the last write. */
    FileStamp stamp() {
        return stamp;
    }

    /** Sets the stamp the session read the file at, on the writer's thread after the writes before it. */
    void stampRead(FileStamp read) {
        thread.execute(() -> stamp = read);
    }

    /** How long the last write took (append and flush), for the benchmark. */
    long lastSaveNanos() {
        return lastSaveNanos;
    }

    /** How long the last edit waited from being handed over until stored, for the benchmark. */
    long lastLatencyNanos() {
        return lastLatencyNanos;
    }

    /**
     * Waits until every edit handed over so far is written (or has failed).
     *
     * @return false if that took longer than {@code millis}
     */
    boolean awaitWritten(long millis) {
        try {
            thread.submit(() -> { }).get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            return true; // closed: everything was written before
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** Writes what was handed over, waiting up to {@code millis}, and stops the thread. */
    boolean close(long millis) {
        thread.shutdown();
        try {
            return thread.awaitTermination(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (unsent != null) {
                unsent.close(); // kept edits stay on disk, for the next time the document is opened
            }
        }
    }

    private void write(long sequence, List<LayerChange> changes, LayerState state, long submitted) {
        if (broken) {
            return;
        }
        if (!LayerSession.fits(mirror, changes)) {
            return; // left out after a rebase; the session leaves it out the same way
        }
        LayerSession.applyTo(mirror, changes);
        mirror.setState(state);
        if (unsent != null && unsent.isKeeping()) {
            keep(sequence, changes, state, null);
            return;
        }
        try {
            save(changes);
        } catch (ConflictException conflict) {
            rebase(sequence, changes, state);
        } catch (CorpusStoreException failure) {
            if (unsent != null && UnsentSender.unreachable(failure)) {
                keep(sequence, changes, state, failure);
            } else {
                fail(sequence, failure);
            }
            return;
        }
        lastLatencyNanos = System.nanoTime() - submitted;
        if (!broken) {
            listener.saved(sequence);
        }
    }

    private void rebase(long sequence, List<LayerChange> changes, LayerState state) {
        try {
            Layer fresh = store.loadLayer(document, owner);
            mirror = fresh;
            revision = fresh.revision();
            StaleChangeException dropped = null;
            if (LayerSession.fits(fresh, changes)) {
                LayerSession.applyTo(fresh, changes);
                fresh.setState(state);
                save(changes);
            } else {
                dropped = LayerSession.staleness(fresh, changes);
            }
            listener.rebased(sequence, fresh.copy(), dropped);
        } catch (CorpusStoreException failure) {
            fail(sequence, failure);
        }
    }

    /** Keeps the edit on this computer; {@code failure} is the save that found the server unreachable, or null. */
    private void keep(long sequence, List<LayerChange> changes, LayerState state, CorpusStoreException failure) {
        try {
            unsent.keep(sequence, changes, state);
        } catch (java.io.IOException e) {
            fail(sequence, new CorpusStoreException((failure == null ? "The team server cannot be reached"
                    : failure.getMessage()) + " The edit could not be kept on this computer either: " + e.getMessage(), e));
        }
    }

    /** Stops writing until {@link #restart} and reports the failure with the layer as stored now, read here, off the UI thread. */
    private void fail(long sequence, CorpusStoreException failure) {
        broken = true;
        try {
            listener.failed(sequence, failure, store.loadLayer(document, owner), null);
        } catch (CorpusStoreException unreadable) {
            listener.failed(sequence, failure, null, unreadable);
        }
    }

    private void save(List<LayerChange> changes) throws CorpusStoreException {
        long started = System.nanoTime();
        revision = store.saveChanges(mirror, revision, LayerSession.net(changes));
        lastSaveNanos = System.nanoTime() - started;
        DecisionEvents.post(store.directory(), changes);
        stamp = FileStamp.ofLayer(file);
        if (++sinceCompaction >= COMPACT_AFTER_SAVES) {
            sinceCompaction = 0;
            compaction.run();
        }
    }
}
