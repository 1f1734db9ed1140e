package aurum.editor.internal.timing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wall-clock and thread-CPU time of named phases (opening the editor, a view following it, one tag), so
 * the scale benchmark can say where the time goes instead of giving one number. Costs two clock reads per
 * phase; kept for the last run of each phase name only. Thread-safe: the reading job records here too.
 */
public final class PhaseTimes {

    /** One measured phase: where it ran and how long it took (CPU of the running thread, -1 if unknown). */
    public record Phase(String name, String thread, long wallNanos, long cpuNanos) {

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s [%s] %.1f ms wall, %s", name, thread, wallNanos / 1e6,
                    cpuNanos < 0 ? "cpu n/a" : String.format(java.util.Locale.ROOT, "%.1f ms cpu", cpuNanos / 1e6));
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Phase> phases = new ArrayList<>();

    /** Runs {@code work} as phase {@code name}. */
    public void time(String name, Runnable work) {
        time(name, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} as phase {@code name} and returns its result. */
    public <T> T time(String name, Supplier<T> work) {
        long cpu = cpuNow();
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(since(name, started, cpu));
        }
    }

    /** The phase {@code name} of the current thread that started at {@code startedNanos} with CPU {@code cpuAtStart}. */
    public static Phase since(String name, long startedNanos, long cpuAtStart) {
        long cpu = cpuNow();
        return new Phase(name, Thread.currentThread().getName(), System.nanoTime() - startedNanos,
                cpu < 0 || cpuAtStart < 0 ? -1 : cpu - cpuAtStart);
    }

    /** Records a phase measured elsewhere (e.g. from a timestamp to the first paint). */
    public synchronized void record(Phase phase) {
        phases.removeIf(p -> p.name().equals(phase.name()));
        phases.add(phase);
    }

    /** The phases recorded, in the order they finished. */
    public synchronized List<Phase> phases() {
        return List.copyOf(phases);
    }

    /** The last run of phase {@code name}, or null. */
    public synchronized Phase phase(String name) {
        return phases.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** Forgets every phase, e.g. before the next measured open. */
    public synchronized void clear() {
        phases.clear();
    }

    /** The CPU time of the current thread in nanoseconds, or -1 where the JVM cannot tell. */
    public static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }
}
