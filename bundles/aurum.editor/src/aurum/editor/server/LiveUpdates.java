package aurum.editor.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import aurum.corpus.assignment.AssignmentsFile;
import aurum.corpus.server.InMemoryCorpusIndex;
import aurum.corpus.server.ServerChanges;
import aurum.corpus.server.ServerChanges.Change;
import aurum.corpus.server.ServerCorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * Follows a connected server corpus: the server's notices ({@link ServerChanges}) mark documents in the
 * navigator's {@link InMemoryCorpusIndex}; a burst of them is taken together, {@value #COALESCE_MILLIS} ms after the first,
 * in one job that re-reads those rows through the user's own connection (off the UI thread), and then tells the
 * listeners (the navigator, open editors). A notice for {@code assignments.json} copies it into the work folder
 * again in the same job. docs/TEAM-SERVER.md, "Live updates".
 */
public final class LiveUpdates implements AutoCloseable {

    /** How long a burst of notices is gathered before its rows are read. */
    public static final long COALESCE_MILLIS = 100;

    /**
     * What one batch brought.
     *
     * @param documents  the documents that notices named (the index re-read them)
     * @param everything whether everything was read again (notices may have been lost with the connection)
     * @param generation the index generation after the batch
     * @param files      the corpus files that notices named ({@code assignments.json}: copied into the work
     *                   folder again)
     */
    public record Changed(Set<String> documents, boolean everything, long generation, Set<String> files) {

        /** Whether {@code document} may have changed. */
        public boolean concerns(String document) {
            return everything || documents.contains(document);
        }

        /** Whether the corpus file {@code name} may have changed. */
        public boolean concernsFile(String name) {
            return everything || files.contains(name);
        }
    }

    private final ServerCorpusStore store;
    private final InMemoryCorpusIndex index;
    private final List<Consumer<Changed>> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> named = ConcurrentHashMap.newKeySet();
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicLong notices = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final Job job;
    private volatile boolean everything;
    private volatile ServerChanges changes;
    private volatile boolean closed;

    LiveUpdates(ServerCorpusStore store, InMemoryCorpusIndex index) {
        this.store = store;
        this.index = index;
        this.job = Job.create("Following the team server", this::run);
        job.setSystem(true);
    }

    /** Starts listening; without a listening connection the navigator reads everything on each refresh, as before. */
    void start() {
        copyAssignments();
        try {
            changes = ServerChanges.listen(store.server(), this::notice);
            index.follow(true);
        } catch (SQLException e) {
            ILog.of(getClass()).warn("Cannot listen for changes on the team server; the navigator shows other people's"
                    + " work when it is refreshed", e);
        }
    }

    /** Whether notices arrive from the server. */
    public boolean isListening() {
        return changes != null && !closed;
    }

    /**
     * Takes a notice, as the listening connection hands it over (tests may hand one in): notes the document or the
     * file and schedules the batch. Notices for other corpora are ignored.
     */
    public void notice(Change change) {
        if (closed || change.corpus() != null && !change.corpus().equals(store.corpusId())) {
            return;
        }
        notices.incrementAndGet();
        if (change.everything()) {
            index.changed(null);
            everything = true;
        } else if (change.document() != null) {
            index.changed(change.document());
            named.add(change.document());
        } else {
            files.add(change.file()); // the index holds no file: only the copy in the work folder changes
        }
        if (scheduled.compareAndSet(false, true)) {
            job.schedule(COALESCE_MILLIS);
        }
    }

    private IStatus run(IProgressMonitor monitor) {
        scheduled.set(false); // a notice from now on schedules the next batch
        boolean all = everything;
        everything = false;
        Set<String> documents = new HashSet<>();
        for (String id : List.copyOf(named)) {
            named.remove(id);
            documents.add(id);
        }
        Set<String> filesNamed = new HashSet<>();
        for (String name : List.copyOf(files)) {
            files.remove(name);
            filesNamed.add(name);
        }
        long generation;
        try {
            index.refresh((done, total) -> { });
            generation = index.generation();
            copyAssignments();
        } catch (CorpusStoreException | RuntimeException e) {
            if (closed) {
                return Status.OK_STATUS;
            }
            files.addAll(filesNamed); // told with the next batch
            // the index reads everything next time; the listening connection says when the server is back
            return Status.warning("Cannot read the changes from the team server: " + e.getMessage(), e);
        }
        batches.incrementAndGet();
        Changed changed = new Changed(Set.copyOf(documents), all, generation, Set.copyOf(filesNamed));
        for (Consumer<Changed> listener : listeners) {
            SafeRunner.run(() -> listener.accept(changed));
        }
        return Status.OK_STATUS;
    }

    /**
     * Keeps the server's {@code assignments.json} in the work folder, where the navigator reads assignments (a
     * folder corpus's place): on connecting and with each batch (a notice naming the file starts one; the other
     * batches copy it too, which costs one small read and writes only when it differs).
     */
    private void copyAssignments() {
        Path file = store.directory().resolve(AssignmentsFile.NAME);
        try {
            Optional<byte[]> stored = store.corpusFile(AssignmentsFile.NAME);
            if (stored.isEmpty()) {
                Files.deleteIfExists(file);
            } else if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), stored.get())) {
                Files.createDirectories(file.getParent());
                Path temporary = Files.createTempFile(file.getParent(), AssignmentsFile.NAME, ".tmp");
                Files.write(temporary, stored.get());
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) { // CorpusStoreException too
            ILog.of(getClass()).warn("Cannot copy the assignments of the team-server corpus to " + file, e);
        }
    }

    /** Tells {@code listener} about each batch, on the job's thread (not the UI thread). */
    public void addListener(Consumer<Changed> listener) {
        listeners.add(listener);
    }

    /** Stops telling {@code listener}. */
    public void removeListener(Consumer<Changed> listener) {
        listeners.remove(listener);
    }

    /** How many notices for this corpus came, for tests and the benchmark. */
    public long notices() {
        return notices.get();
    }

    /** How many batches were read, for tests and the benchmark. */
    public long batches() {
        return batches.get();
    }

    /** How many single rows were re-read after notices, for tests and the benchmark. */
    public long rowsRead() {
        return index.rowsRead();
    }

    /** Stops listening. */
    @Override
    public void close() {
        closed = true;
        ServerChanges listening = changes;
        if (listening != null) {
            listening.close();
        }
        job.cancel();
        listeners.clear();
    }
}
