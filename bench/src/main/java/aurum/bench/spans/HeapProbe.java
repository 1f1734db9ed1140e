package aurum.bench.spans;

/**
 * Heap in use after full collections. Meant for {@code -XX:+UseSerialGC}, whose {@code System.gc()} is
 * a full, compacting, stop-the-world collection, so the difference of two probes is what was retained.
 */
final class HeapProbe {

    private HeapProbe() {
    }

    static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
