package aurum.export.internal.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import aurum.export.ExportException;

/**
 * Runs the per-document work of an export on a few threads and hands each result to the calling thread
 * in document order, so what is written (files, report, counts) is the same as one thread would write.
 * At most a small window of results waits at a time, so memory does not grow with the corpus. With one
 * thread the work runs on the caller, one document after the other.
 */
final class OrderedWork implements AutoCloseable {

    /** The work for one item; runs on a pool thread. */
    @FunctionalInterface
    interface Task<T, R> {
        R run(T item) throws IOException, ExportException;
    }

    /** Takes the results in item order on the calling thread. */
    @FunctionalInterface
    interface Sink<R> {
        void accept(R result) throws IOException, ExportException;
    }

    /** Results waiting per thread: enough to keep every thread busy while the caller writes. */
    private static final int WINDOW_PER_THREAD = 4;

    private final int threads;
    private final ExecutorService pool;

    /** @param threads 1 to run everything on the caller */
    OrderedWork(int threads, String name) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemons(name));
    }

    /** Gives the items one after the other, on the calling thread. */
    @FunctionalInterface
    interface Source<T> {
        T next() throws IOException, ExportException;
    }

    /** Runs {@code task} on every item and gives the results to {@code sink} in the order of {@code items}. */
    <T, R> void forEach(List<T> items, Task<T, R> task, Sink<R> sink) throws IOException, ExportException {
        int[] next = {0};
        forEach(items.size(), () -> items.get(next[0]++), task, sink);
    }

    /**
     * Runs {@code task} on {@code count} items taken from {@code items} in order, on the calling thread (so a
     * source may read a file sequentially), at most a window ahead of the results, and gives the results to
     * {@code sink} in that order.
     */
    <T, R> void forEach(int count, Source<T> items, Task<T, R> task, Sink<R> sink) throws IOException, ExportException {
        if (pool == null) {
            for (int i = 0; i < count; i++) {
                sink.accept(task.run(items.next()));
            }
            return;
        }
        Deque<Future<R>> pending = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < count || !pending.isEmpty()) {
                while (next < count && pending.size() < threads * WINDOW_PER_THREAD) {
                    T item = items.next();
                    next++;
                    Callable<R> call = () -> task.run(item);
                    pending.add(pool.submit(call));
                }
                sink.accept(result(pending.removeFirst()));
            }
        } finally {
            pending.forEach(f -> f.cancel(true));
        }
    }

    private static <R> R result(Future<R> future) throws IOException, ExportException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("export interrupted; nothing was written", e);
        } catch (CancellationException e) {
            throw new ExportException("export cancelled; nothing was written", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case ExportException export -> throw export;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
