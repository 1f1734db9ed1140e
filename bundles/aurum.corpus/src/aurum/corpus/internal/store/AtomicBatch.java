package aurum.corpus.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Many {@link AtomicFiles#write atomic replacements} made durable together, which is what makes bulk
 * import fast: one {@code fsync} per file costs a journal commit when done one after the other, while
 * the same flushes issued concurrently are merged by the file system. Each file still goes
 * temp &rarr; flush &rarr; rename, so a crash leaves every target old or new, never torn.
 *
 * <p>Two steps, so that the slow one needs no lock: {@link #force} writes nothing visible (temporary
 * files have random names that readers ignore), {@link #publish} renames them into place. Files are
 * published in <em>phases</em>: every rename of phase 0 is durable (its folders flushed) before the first
 * rename of phase 1, so "the text exists before its meta file" holds for a whole group; each folder is
 * flushed once per phase, not once per file.
 *
 * <p>A temporary file may also be {@linkplain #stage(int, Path, byte[], Path) staged in another folder} of
 * the same file system and renamed across: bulk import writes texts in {@code .aurum/staging/texts} and
 * meta files in {@code .aurum/staging/meta}, on two threads. Creating a file holds its folder's lock in
 * the kernel, so two folders let two threads create files at once, and small folders made the kernel's
 * work per file smaller than {@code documents} with its 100k entries did (docs/PERFORMANCE.md, "Import:
 * the file writes alone, and staging folders"). Both folders of such a rename are flushed when it is
 * published.
 *
 * <p>{@link #stage} may be called from several threads at once; {@link #force}, {@link #discard},
 * {@link #publish} and {@link #abort} from one thread, after staging ends.
 */
final class AtomicBatch {

    /** Flushes are I/O waits, not CPU work: more threads than cores let the disk merge them. */
    private static final int FLUSH_THREADS = 32;
    private static final ExecutorService FLUSHERS = Executors.newFixedThreadPool(FLUSH_THREADS, r -> {
        Thread t = new Thread(r, "aurum-fsync");
        t.setDaemon(true);
        return t;
    });

    private final List<Map<Path, Path>> phases = new ArrayList<>();
    private boolean forced;

    /** Writes {@code content} to a temporary file beside {@code target}, to be renamed in {@code phase}. */
    void stage(int phase, Path target, byte[] content) throws IOException {
        stage(phase, target, content, target.toAbsolutePath().getParent());
    }

    /**
     * Writes {@code content} to a temporary file in {@code folder}, to be renamed to {@code target} in
     * {@code phase}. {@code folder} must exist and be on the file system of {@code target} (a rename
     * across file systems is a copy, not atomic).
     */
    void stage(int phase, Path target, byte[] content, Path folder) throws IOException {
        Path temp = folder.toAbsolutePath().resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Path replaced;
        synchronized (phases) {
            while (phases.size() <= phase) {
                phases.add(new LinkedHashMap<>());
            }
            replaced = phases.get(phase).put(target, temp);
            forced = false;
        }
        if (replaced != null) {
            Files.deleteIfExists(replaced);
        }
    }

    /** Flushes every temporary file to disk, many at once. Needs no lock: nothing is visible yet. */
    void force() throws IOException {
        forceAll(phases.stream().flatMap(p -> p.values().stream()).toList());
        forced = true;
    }

    /** Drops the staged file for {@code target} (a document found stored meanwhile); deletes its temporary file. */
    void discard(Path target) throws IOException {
        for (Map<Path, Path> phase : phases) {
            Path temp = phase.remove(target);
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Renames the flushed files phase by phase, flushing each touched folder once per phase. */
    void publish() throws IOException {
        if (!forced) {
            throw new IllegalStateException("force() the staged files before publishing them");
        }
        for (Map<Path, Path> phase : phases) {
            Set<Path> dirs = new LinkedHashSet<>();
            for (var it = phase.entrySet().iterator(); it.hasNext();) {
                Map.Entry<Path, Path> staged = it.next();
                AtomicFiles.move(staged.getValue(), staged.getKey());
                it.remove(); // renamed: no longer ours to delete on abort
                dirs.add(staged.getKey().toAbsolutePath().getParent());
                dirs.add(staged.getValue().getParent()); // a staging folder: its entry is gone
            }
            for (Path dir : dirs) {
                AtomicFiles.forceDirectory(dir);
            }
        }
        phases.clear();
    }

    /** {@link #force}, then {@link #publish}: durable when it returns. */
    void commit() throws IOException {
        force();
        publish();
    }

    /** Deletes the temporary files not yet renamed; best effort, the next open sweeps leftovers. */
    void abort() {
        for (Map<Path, Path> phase : phases) {
            for (Path temp : phase.values()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // swept on the next open
                }
            }
        }
        phases.clear();
    }

    private static void forceAll(List<Path> files) throws IOException {
        List<Future<?>> pending = new ArrayList<>(files.size());
        for (Path file : files) {
            pending.add(FLUSHERS.submit(() -> {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        IOException failure = null;
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
                if (failure == null) {
                    failure = cause instanceof IOException io ? io : new IOException(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while flushing files to disk", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
