package aurum.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Samples the heap in use after each garbage collection (all heap pools, every 50 ms) and keeps the
 * largest: the live data a piece of work held at its peak, garbage left out. For the benchmarks.
 */
public final class LiveHeap extends Thread {
    private volatile boolean running = true;
    private long peak;

    /** Starts sampling on a daemon thread. */
    public static LiveHeap begin() {
        LiveHeap sampler = new LiveHeap();
        sampler.setDaemon(true);
        sampler.start();
        return sampler;
    }

    @Override
    public void run() {
        while (running) {
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                    used += pool.getCollectionUsage().getUsed();
                }
            }
            peak = Math.max(peak, used);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops sampling; returns the largest heap in use after a collection, in bytes. */
    public long end() throws InterruptedException {
        running = false;
        join();
        return peak;
    }
}
