package aurum.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Compares two builds of the gazetteer in one JVM, round by round: each build's classes (a directory or
 * jar with {@code aurum.labels}) are loaded by a class loader of their own, together with this
 * benchmark's classes, and the same {@link GazetteerThroughput} dictionary and text are scanned by A and
 * B alternately (A B, then B A, and so on). On a shared machine the load that other processes put on
 * the cores and caches then falls on both alike, which back-to-back runs of separate JVMs cannot
 * promise. Reports MB per CPU second of the scanning thread: the median for each build and the median of
 * the per-pair ratios B / A; the match counts and checksums must agree.
 * <p>
 * The class path must not contain {@code aurum.labels} itself. Usage: {@code GazetteerAB LABELS_A
 * LABELS_B [hitRate=0.1] [pairs=20] [entries=100000] [textMegabytes=20]}
 */
public final class GazetteerAB {

    private GazetteerAB() {
    }

    public static void main(String[] args) throws Exception {
        double hitRate = args.length > 2 ? Double.parseDouble(args[2]) : 0.1;
        int pairs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int entries = args.length > 4 ? Integer.parseInt(args[4]) : 100_000;
        int megabytes = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        URL bench = GazetteerAB.class.getProtectionDomain().getCodeSource().getLocation();
        Supplier<long[]> a = load(bench, args[0], entries, megabytes, hitRate);
        Supplier<long[]> b = load(bench, args[1], entries, megabytes, hitRate);
        double megabytesOfText = megabytes;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] expected = a.get();
        for (int i = 0; i < 4; i++) {
            check(expected, b.get());
            check(expected, a.get());
        }
        double[] rateA = new double[pairs];
        double[] rateB = new double[pairs];
        double[] ratio = new double[pairs];
        for (int pair = 0; pair < pairs; pair++) {
            boolean aFirst = pair % 2 == 0;
            double first = cpuRate(aFirst ? a : b, threads, expected, megabytesOfText);
            double second = cpuRate(aFirst ? b : a, threads, expected, megabytesOfText);
            rateA[pair] = aFirst ? first : second;
            rateB[pair] = aFirst ? second : first;
            ratio[pair] = rateB[pair] / rateA[pair];
            System.out.printf("pair %d: A %.1f, B %.1f MB/s per CPU second, B/A %.2f%n", pair + 1, rateA[pair],
                    rateB[pair], ratio[pair]);
        }
        System.out.printf("hit rate %.2f, %d pairs, %,d matches: median A %.1f (best %.1f), median B %.1f (best %.1f)"
                + " MB/s per CPU second; median B/A %.2f%n", hitRate, pairs, expected[0],
                GazetteerThroughput.median(rateA), GazetteerThroughput.max(rateA), GazetteerThroughput.median(rateB),
                GazetteerThroughput.max(rateB), GazetteerThroughput.median(ratio));
    }

    @SuppressWarnings("unchecked")
    private static Supplier<long[]> load(URL bench, String labels, int entries, int megabytes, double hitRate)
            throws Exception {
        URL[] urls = {bench, Path.of(labels).toUri().toURL()};
        ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
        Class<?> throughput = Class.forName(GazetteerThroughput.class.getName(), true, loader);
        return (Supplier<long[]>) throughput.getMethod("prepare", int.class, int.class, double.class, long.class)
                .invoke(null, entries, megabytes, hitRate, 42L);
    }

    private static double cpuRate(Supplier<long[]> scan, ThreadMXBean threads, long[] expected, double megabytes) {
        long start = threads.getCurrentThreadCpuTime();
        long[] result = scan.get();
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        check(expected, result);
        return megabytes / seconds;
    }

    private static void check(long[] expected, long[] actual) {
        if (!Arrays.equals(expected, actual)) {
            throw new IllegalStateException("the builds disagree: " + Arrays.toString(expected) + " vs "
                    + Arrays.toString(actual));
        }
    }

}
