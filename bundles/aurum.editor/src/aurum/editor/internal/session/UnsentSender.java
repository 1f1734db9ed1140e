package aurum.editor.internal.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import aurum.core.model.Layer;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.server.internal.ServerFailures;
import aurum.corpus.store.ConflictException;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.LayerChanges;

/**
 * A {@link LayerWriter}'s edits while the team server cannot be reached: each is appended to the layer's
 * {@link UnsentEdits} file before it counts as kept, a check every {@value #RETRY_MILLIS} ms asks the server
 * (off the writer's thread, which keeps taking edits) and, once it answers, the kept edits are sent in one
 * save from the revision they were made on. A layer saved elsewhere meanwhile is never overwritten: the
 * edits stay kept and the user is told to open the document again, which applies them on top where they
 * still fit ({@link #resume}). Everything but the check runs on the writer's thread.
 */
final class UnsentSender {

    /** How long to wait between two checks whether the server is back. */
    static final long RETRY_MILLIS = 3_000;

    private final LayerWriter writer;
    private final CorpusStore store;
    private final Path file;
    private final LayerWriter.Listener listener;
    private final ScheduledExecutorService checks;
    /** The kept edits in the order made, as in the file. */
    private final List<UnsentEdits.Edit> edits = new ArrayList<>();
    private UnsentEdits kept;
    private long base;
    private long lastSequence;
    /** Why the kept edits are not sent (a conflict), or null while they wait for the server. */
    private String refused;
    /** A line about edits found from an earlier session, for the first report, or null. */
    private String resumed;

    UnsentSender(LayerWriter writer, CorpusStore store, Path file, LayerWriter.Listener listener) {
        this.writer = writer;
        this.store = store;
        this.file = file;
        this.listener = listener;
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = new Thread(runnable, "Aurum checks the team server for " + file.getFileName());
            t.setDaemon(true);
            return t;
        });
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.checks = pool;
    }

    /** Whether a save failed because the team server could not be reached (not a conflict or a refusal). */
    static boolean unreachable(CorpusStoreException e) {
        if (e instanceof ConflictException || !(e.getCause() instanceof SQLException sql)) {
            return false;
        }
        return ServerFailures.isUnreachable(sql) || ServerFailures.isConnectionLost(ServerFailures.sqlState(sql));
    }

    /** Whether edits are being kept here (so later edits are kept too, in order). */
    boolean isKeeping() {
        return kept != null;
    }

    /** The file the edits are kept in. */
    Path file() {
        return file;
    }

    /**
     * Keeps edit {@code sequence}, made on the writer's mirror (revision {@link LayerWriter#revision} when it
     * is the first one kept); returns once it is on disk.
     */
    void keep(long sequence, List<LayerChange> edit, LayerState state) throws IOException {
        if (kept == null) {
            kept = UnsentEdits.create(file, writer.document().id(), writer.owner(), writer.revision, List.of());
            base = writer.revision;
            check(RETRY_MILLIS);
        }
        UnsentEdits.Edit entry = new UnsentEdits.Edit(edit, state);
        kept.append(entry);
        edits.add(entry);
        lastSequence = sequence;
        report(null);
    }

    /**
     * Takes up edits kept by an earlier session, before the writer starts: on {@code stored} (the layer as the
     * server has it now) when it is still the revision they were made on; else those that still fit go on top
     * of it (the others are moved to a file beside, never dropped silently), or nothing when the server holds
     * them already (the connection broke after the server stored them).
     *
     * @return the layer the editor shows: {@code stored} with the kept edits
     */
    Layer resume(Layer stored) throws CorpusStoreException {
        Optional<UnsentEdits.Contents> found;
        try {
            found = UnsentEdits.read(file);
        } catch (IOException e) {
            throw new CorpusStoreException("The edits kept on this computer for this layer cannot be read (" + e.getMessage()
                    + "); move the file away to open the document.", e);
        }
        if (found.isEmpty() || found.get().edits().isEmpty()) {
            deleteQuietly(file);
            return stored;
        }
        UnsentEdits.Contents contents = found.get();
        List<UnsentEdits.Edit> all = contents.edits();
        LayerState last = all.get(all.size() - 1).state();
        if (stored.revision() != contents.base() && holds(stored, contents.changes(), last)) {
            deleteQuietly(file);
            return stored;
        }
        Layer layer = stored.copy();
        List<UnsentEdits.Edit> fitting = new ArrayList<>();
        List<UnsentEdits.Edit> leftOut = new ArrayList<>();
        int there = 0;
        for (UnsentEdits.Edit edit : all) {
            if (LayerSession.fits(layer, edit.changes())) {
                LayerSession.applyTo(layer, edit.changes());
                layer.setState(edit.state());
                fitting.add(edit);
            } else if (holds(layer, edit.changes(), layer.state())) {
                there++; // stored before the connection broke
            } else {
                leftOut.add(edit);
            }
        }
        int left = leftOut.size();
        try {
            Path aside = null;
            if (left > 0) { // kept, in the same form, made on the revision they were made on
                aside = file.resolveSibling(file.getFileName().toString().replace(".jsonl", "")
                        + ".not-applied-" + stored.revision() + ".jsonl");
                UnsentEdits.create(aside, contents.documentId(), writer.owner(), contents.base(), leftOut).close();
            }
            if (fitting.isEmpty()) {
                deleteQuietly(file);
            } else {
                kept = UnsentEdits.create(file, contents.documentId(), writer.owner(), stored.revision(), fitting);
                edits.addAll(fitting);
                base = stored.revision();
            }
            if (fitting.isEmpty()) {
                resumed = left == 0 ? null : "None of the " + left + plural(left) + " kept on this computer fits the"
                        + " layer saved elsewhere meanwhile; they are kept in " + aside;
            } else {
                resumed = fitting.size() + plural(fitting.size()) + " kept on this computer from an earlier session"
                        + (stored.revision() == contents.base() || there > 0 ? "" // there: stored by this login
                                : " were applied on top of the layer saved elsewhere meanwhile")
                        + (left == 0 ? "" : ", except " + left + " that no longer fit (kept in " + aside + ")");
            }
        } catch (IOException e) {
            throw new CorpusStoreException("The edits kept on this computer for this layer cannot be taken up ("
                    + e.getMessage() + "); they stay in " + file + ".", e);
        }
        writer.mirror = layer.copy();
        return layer;
    }

    /** Starts sending what {@link #resume} took up; called once the session has a listener. */
    void start() {
        String line = resumed;
        resumed = null;
        if (kept != null) {
            writer.onThread(() -> {
                report(line);
                check(0);
            });
        } else if (line != null) {
            writer.onThread(() -> listener.unsent(0, 0, line + "."));
        }
    }

    /** Stops checking for the server; the kept edits stay on disk for the next time the document is opened. */
    void close() {
        checks.shutdownNow();
        if (kept != null) {
            try {
                kept.close();
            } catch (IOException e) {
                // every kept edit was flushed when it was appended
            }
        }
    }

    /** In {@code millis}, asks the server whether it answers, off the writer's thread; if so, sends there. */
    private void check(long millis) {
        try {
            checks.schedule(() -> {
                try {
                    store.loadLayer(writer.document(), writer.owner());
                } catch (CorpusStoreException e) {
                    check(RETRY_MILLIS);
                    return;
                }
                writer.onThread(this::send);
            }, millis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed: the edits stay kept
        }
    }

    /** On the writer's thread: sends the kept edits in one save from the revision they were made on. */
    private void send() {
        if (kept == null || refused != null) {
            return;
        }
        try {
            writer.revision = store.saveChanges(writer.mirror, base, LayerSession.net(changes()));
            sent();
        } catch (ConflictException conflict) {
            try {
                Layer now = store.loadLayer(writer.document(), writer.owner());
                if (holds(now, changes(), writer.mirror.state())) { // the connection broke after the server stored them
                    writer.mirror = now;
                    writer.revision = now.revision();
                    sent();
                    return;
                }
                UnsentEdits.Edit first = edits.get(0);
                if (now.revision() == base + 1 && edits.size() > 1 && holds(now, first.changes(), first.state())) {
                    // the save that found the server gone had been stored before the connection broke: the rest
                    // goes on top of it
                    edits.remove(0);
                    kept.close();
                    kept = UnsentEdits.create(file, writer.document().id(), writer.owner(), now.revision(), edits);
                    base = now.revision();
                    send();
                    return;
                }
                refused = "the layer was saved elsewhere meanwhile (revision " + now.revision() + "; they were made on "
                        + base + "), and Aurum does not overwrite it. Close this document and open it again to apply"
                        + " them on top of the saved layer";
                report(null);
            } catch (CorpusStoreException e) {
                check(RETRY_MILLIS);
            } catch (IOException e) {
                refused = "they could not be written again on this computer (" + e.getMessage() + ")";
                report(null);
            }
        } catch (CorpusStoreException e) {
            if (unreachable(e)) {
                check(RETRY_MILLIS);
            } else {
                refused = "the team server refused them: " + e.getMessage();
                report(null);
            }
        }
    }

    /** Every change of every kept edit, in the order made. */
    private List<LayerChange> changes() {
        List<LayerChange> all = new ArrayList<>();
        edits.forEach(edit -> all.addAll(edit.changes()));
        return all;
    }

    private void sent() {
        int count = kept.count();
        try {
            kept.delete();
        } catch (IOException e) {
            // sent: a file left behind is found to be on the server already when the document is opened again
        }
        kept = null;
        edits.clear();
        listener.unsent(lastSequence, 0, "The team server is back: " + count + plural(count)
                + " kept on this computer " + (count == 1 ? "was" : "were") + " sent.");
    }

    /** Tells the editor how many edits are kept and why; {@code resumedLine} is about an earlier session's, or null. */
    private void report(String resumedLine) {
        int count = kept.count();
        String message;
        if (refused != null) {
            message = count + plural(count) + " kept on this computer " + (count == 1 ? "was" : "were")
                    + " not sent: " + refused + ".";
        } else if (resumedLine != null) {
            message = resumedLine + "; " + (count == 1 ? "it is" : "they are") + " sent as soon as the team server answers.";
        } else {
            message = "Team server unreachable: " + count + plural(count) + " kept on this computer, sent when it is back.";
        }
        listener.unsent(lastSequence, count, message);
    }

    private static String plural(int count) {
        return count == 1 ? " edit" : " edits";
    }

    /** Whether {@code layer} has every span as {@code changes} leave it, and {@code state}. */
    static boolean holds(Layer layer, List<LayerChange> changes, LayerState state) {
        LayerChanges net = LayerSession.net(changes);
        for (Span span : net.put()) {
            if (!layer.find(span.id()).map(span::equals).orElse(false)) {
                return false;
            }
        }
        for (String id : net.removed()) {
            if (layer.contains(id)) {
                return false;
            }
        }
        return layer.state() == state;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale file is read again and found empty or on the server next time
        }
    }
}
