package aurum.corpus.internal.importer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportedDocument;

/**
 * Reads the next few files of an import on other threads while the caller stores the current one, and
 * hands the documents back in submission order. Reading a text file into a document (decoding, the
 * content hash, the boilerplate proposal behind its title) costs more CPU than storing it, and on the
 * caller's thread alone it kept one core busy while the other waited. At most {@link #WINDOW} files are
 * read ahead, so memory stays that of a few documents. Not thread-safe: one caller submits and takes.
 */
final class ReadAhead implements AutoCloseable {

    /** Reads a file into a document. */
    @FunctionalInterface
    interface Read {
        ImportedDocument read() throws ImportException;
    }

    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Files read ahead at most: a few per thread keeps every reader busy. */
    static final int WINDOW = THREADS * 4;
    private static final ExecutorService READERS = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "aurum-read");
        t.setDaemon(true);
        return t;
    });

    private final Deque<Future<ImportedDocument>> queued = new ArrayDeque<>();

    /** Whether the window is full, so {@link #next} should be called before the next {@link #submit}. */
    boolean isFull() {
        return queued.size() >= WINDOW;
    }

    boolean isEmpty() {
        return queued.isEmpty();
    }

    /** Starts reading one more file. */
    void submit(Read read) {
        queued.add(READERS.submit(read::read));
    }

    /** The document of the oldest submitted file, waiting for it; its failure rethrown as is. */
    ImportedDocument next() throws ImportException {
        Future<ImportedDocument> head = queued.remove();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading files to import");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ImportException ie) {
                throw ie;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Cancels the files not taken yet (after a failure or a cancelled import). */
    @Override
    public void close() {
        for (Future<ImportedDocument> f : queued) {
            f.cancel(false);
        }
        queued.clear();
    }
}
