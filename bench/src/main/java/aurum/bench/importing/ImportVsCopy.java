package aurum.bench.importing;

import aurum.bench.LiveHeap;

import aurum.core.model.LabelSetRef;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.Importers;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentBatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code ImportVsCopy --source DIR --work DIR [--runs N] [--floor] [--rested SECONDS]}: times {@code cp -r} of a folder of text files
 * against importing the same folder into a new corpus in this process (the plain-text importer into a
 * {@link DocumentBatch}, exactly what {@code aurum import} runs, without the CLI's start-up), alternating
 * the two N times, and prints each pair and the median speed ratio {@code copy time / import time}
 * (issue 3's target: at least 0.5). Also times {@code cp -r} followed by {@code sync}, since the import is
 * durable when it returns and a plain copy is not. With {@code --floor}, times {@link DurableFileFloor}
 * (the durable file writes alone) instead of the import, which bounds the ratio any import keeping the
 * corpus format and its durability can reach. Results: docs/PERFORMANCE.md.
 */
public final class ImportVsCopy {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ImportVsCopy() {
    }

    public static void main(String[] args) throws Exception {
        Path source = null;
        Path work = null;
        int runs = 3;
        boolean floor = false;
        int rested = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--floor")) {
                floor = true;
                continue;
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("no value after " + args[i]);
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--source" -> source = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--runs" -> runs = Integer.parseInt(value);
                case "--rested" -> rested = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
            }
        }
        if (source == null || work == null || !Files.isDirectory(source)) {
            System.err.println("usage: ImportVsCopy --source DIR_OF_TXT --work SCRATCH_DIR [--runs N]"
                    + " [--floor] [--rested SECONDS]");
            System.exit(2);
        }
        Files.createDirectories(work);
        if (floor) {
            measureFloor(source, work, runs, rested);
        } else {
            measure(source, work, runs, rested);
        }
    }

    /**
     * @param rested 0: every timed step starts right after deleting one copy ({@link #sameStart}); more:
     *        no step deletes anything, each starts after this many seconds without file system work
     *        (a rested file system, as on a user's machine); the copies are deleted when the next run starts
     */
    private static void measure(Path source, Path work, int runs, int rested) throws Exception {
        List<Double> ratios = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path corpus = work.resolve("corpus");
            delete(corpus);
            double[] copies = timeCopies(source, work, rested);
            double cp = copies[0];
            double cpSync = copies[1];
            System.gc();
            LiveHeap live = LiveHeap.begin();
            int[] counts = new int[2];
            Map<String, Long> threadsBefore = cpuByThreadGroup();
            long cpuBefore = processCpuNanos();
            long mainCpuBefore = THREADS.getCurrentThreadCpuTime();
            double imp = time(() -> counts[0] = importFolder(source, corpus, counts));
            double cpu = (processCpuNanos() - cpuBefore) / 1e9;
            double mainCpu = (THREADS.getCurrentThreadCpuTime() - mainCpuBefore) / 1e9;
            long liveHeap = live.end();
            double ratio = cp / imp;
            ratios.add(ratio);
            System.out.printf("run %d: cp -r %.2f s, cp -r + sync %.2f s, import %.2f s, CPU %.2f s (main thread"
                    + " %.2f s) (%d documents, %d clusters, peak heap after GC %d MB): speed ratio %.2f (vs cp+sync %.2f)%n", run,
                    cp, cpSync, imp, cpu, mainCpu, counts[0], counts[1], liveHeap >> 20, ratio,
                    cpSync / imp);
            Map<String, Long> threadsAfter = cpuByThreadGroup();
            StringBuilder split = new StringBuilder("  import CPU by thread:");
            long named = 0;
            for (Map.Entry<String, Long> e : threadsAfter.entrySet()) {
                long used = e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L);
                named += used;
                split.append(String.format(" %s %.2f s,", e.getKey(), used / 1e9));
            }
            System.out.println(split.append(String.format(" rest (GC, JIT, exited threads) %.2f s", cpu - named / 1e9)));
        }
        ratios.sort(Comparator.naturalOrder());
        int middle = ratios.size() / 2;
        double median = ratios.size() % 2 == 1 ? ratios.get(middle) : (ratios.get(middle - 1) + ratios.get(middle)) / 2;
        System.out.printf("median speed ratio cp/import over %d runs: %.2f (target >= 0.5)%n", runs, median);
    }

    /**
     * {@code --floor}: instead of the import, times {@link DurableFileFloor} with one and with two files per
     * document, each after deleting the previous step's 100k-or-so files and {@code sync}, as the import is
     * timed after deleting the copy (or, with {@code rested} seconds, after a rest as {@link #measure} does);
     * {@code cp -r} time over the two-file floor bounds the import's ratio. Then, as a lower bound for any
     * change of the flushing protocol, two files per document with no flush of its own and one {@code sync}.
     */
    private static void measureFloor(Path source, Path work, int runs, int rested) throws Exception {
        for (int run = 1; run <= runs; run++) {
            Path one = work.resolve("floor-1");
            Path two = work.resolve("floor-2");
            Path once = work.resolve("floor-2-sync-once");
            delete(one);
            delete(two);
            delete(once);
            double[] copies = timeCopies(source, work, rested);
            double cp = copies[0];
            double cpSync = copies[1];
            int[] files = new int[2];
            double floor1 = time(() -> files[0] = DurableFileFloor.write(source, one, 1));
            settle(one, rested);
            double floor2 = time(() -> files[1] = DurableFileFloor.write(source, two, 2));
            settle(two, rested);
            double floorOnce = time(() -> {
                DurableFileFloor.write(source, once, 2, false);
                sync();
            });
            if (rested == 0) {
                settle(once, rested);
            }
            System.out.printf("  2 files per document, no file flushed on its own, one sync at the end: %.2f s"
                    + " (ratio %.2f, vs cp+sync %.2f)%n", floorOnce, cp / floorOnce, cpSync / floorOnce);
            System.out.printf("run %d: cp -r %.2f s, cp -r + sync %.2f s; durable files only, as the store writes them:"
                    + " 1 per document (%d files) %.2f s, 2 per document (%d files) %.2f s; highest reachable speed ratio"
                    + " cp/import with 2 files %.2f (vs cp+sync %.2f), with 1 file %.2f (%.2f)%n", run, cp, cpSync,
                    files[0], floor1, files[1], floor2, cp / floor2, cpSync / floor2, cp / floor1, cpSync / floor1);
        }
    }

    private static int importFolder(Path source, Path corpus, int[] counts) {
        try {
            CorpusStore store = CorpusStore.create(corpus, CorpusSettings.of("bench", new LabelSetRef("news", "1.0.0")));
            int[] added = new int[1];
            long[] inAdd = new long[1];
            long start = System.nanoTime();
            long closing;
            DocumentBatch batch = store.batch();
            try {
                Importers.plainText().read(source, imported -> {
                    long t0 = System.nanoTime();
                    try {
                        if (batch.add(imported.document(), imported.boilerplate()).added()) {
                            added[0]++;
                        }
                    } catch (CorpusStoreException e) {
                        throw new UncheckedIOException(e);
                    }
                    inAdd[0] += System.nanoTime() - t0;
                }, ImportProgress.NONE);
            } finally {
                closing = System.nanoTime();
                batch.close();
            }
            long end = System.nanoTime();
            // where the caller's wall time went: reading and decoding, inside add (including waits for
            // the disk), and close (the last group and clusters.json)
            System.out.printf("  import wall: read+decode %.2f s, add %.2f s, close %.2f s%n",
                    (closing - start - inAdd[0]) / 1e9, inAdd[0] / 1e9, (end - closing) / 1e9);
            counts[1] = store.duplicateClusters().size();
            return added[0];
        } catch (IOException | ImportException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Task {
        void run() throws Exception;
    }

    private static double time(Task task) throws Exception {
        long t0 = System.nanoTime();
        task.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** CPU time of live threads, summed by name without the trailing number ("aurum-fsync-3" counts as "aurum-fsync"). */
    private static Map<String, Long> cpuByThreadGroup() {
        Map<String, Long> byGroup = new TreeMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(info.getThreadId());
            String group = info.getThreadName().replaceAll("[-#]?\\d+$", "");
            if (cpu > 0 && (group.startsWith("aurum") || group.equals("main"))) {
                byGroup.merge(group, cpu, Long::sum);
            }
        }
        return byGroup;
    }

    /** CPU time of the whole process (all threads, JIT and GC included). */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /**
     * Times {@code cp -r} and {@code cp -r} + {@code sync} of {@code source} into {@code work}, each started
     * as {@link #measure}'s {@code rested} says, and settles the file system the same way after the second;
     * returns the two times in seconds.
     */
    private static double[] timeCopies(Path source, Path work, int rested) throws Exception {
        Path copy = work.resolve("copy");
        Path synced = rested > 0 ? work.resolve("copy-synced") : copy;
        delete(copy);
        delete(synced);
        if (rested > 0) {
            rest(rested);
        } else {
            sameStart(source, copy);
        }
        double cp = time(() -> exec("cp", "-r", source.toString(), copy.toString()));
        settle(copy, rested);
        double cpSync = time(() -> {
            exec("cp", "-r", source.toString(), synced.toString());
            sync();
        });
        settle(synced, rested);
        return new double[] {cp, cpSync};
    }

    /** After a timed step: a rest of {@code rested} seconds, or (0) deleting its output and syncing. */
    private static void settle(Path output, int rested) throws Exception {
        if (rested > 0) {
            rest(rested);
        } else {
            delete(output);
            sync();
        }
    }

    /**
     * Copies {@code source} to {@code copy} (not timed), deletes the copy and syncs, so that the first
     * timed step starts, like every later one, right after the deletion of one copy of the source. On
     * this machine's file system (ext4 without a journal) creating files costs several times more for a
     * while after many were deleted: the kernel's inode allocator skips recently freed inodes one by one
     * ({@code recently_deleted}, seen with {@code perf}). Without this, {@code cp -r} ran right after the
     * previous run's corpus (twice as many files) was deleted, and took several times longer.
     */
    private static void sameStart(Path source, Path copy) throws Exception {
        sync();
        exec("cp", "-r", source.toString(), copy.toString());
        delete(copy);
        sync();
    }

    /** Syncs, then waits {@code seconds} so that the file system's memory of recent deletions fades. */
    private static void rest(int seconds) throws Exception {
        sync();
        Thread.sleep(seconds * 1000L);
    }

    private static void sync() throws Exception {
        exec("sync");
    }

    private static void exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + p.exitValue());
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
