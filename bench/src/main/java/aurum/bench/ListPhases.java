package aurum.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import aurum.corpus.index.CorpusIndex;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.index.IndexProgress;
import aurum.corpus.store.CorpusStore;

/**
 * One warm "open and list everything" run split into its steps: open the store, open the index, check
 * freshness, list all documents. Keeps wall and CPU time (this thread and the whole process, since a
 * loaded machine disturbs wall time far more than CPU time) per step and prints medians.
 */
final class ListPhases {

    private static final String[] STEPS = {"open store", "open index", "freshness check", "list all (query + records)"};

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final List<List<double[]>> steps = new ArrayList<>();
    private final List<double[]> totals = new ArrayList<>();

    ListPhases() {
        for (int i = 0; i < STEPS.length; i++) {
            steps.add(new ArrayList<>());
        }
    }

    /** Times one run; returns the number of documents listed. */
    int run(Path dir) throws IOException {
        double[] start = now();
        double[] t = start;
        int found;
        try (CorpusStore store = CorpusStore.open(dir)) {
            t = step(0, t);
            CorpusIndex index = store.index();
            t = step(1, t);
            index.refresh(IndexProgress.NONE);
            t = step(2, t);
            found = index.find(DocumentQuery.ALL).size();
            step(3, t);
        }
        double[] end = now();
        totals.add(new double[] {end[0] - start[0], end[1] - start[1], end[2] - start[2]});
        return found;
    }

    private double[] step(int index, double[] since) {
        double[] now = now();
        steps.get(index).add(new double[] {now[0] - since[0], now[1] - since[1], now[2] - since[2]});
        return now;
    }

    /** Wall, thread CPU and process CPU seconds. */
    private double[] now() {
        return new double[] {System.nanoTime() / 1e9, threads.getCurrentThreadCpuTime() / 1e9,
                os.getProcessCpuTime() / 1e9};
    }

    void report(int found) {
        for (int i = 0; i < STEPS.length; i++) {
            print("  " + STEPS[i], steps.get(i));
        }
        print("open store + index, check freshness, list all " + found + " documents", totals);
    }

    private static void print(String what, List<double[]> runs) {
        System.out.printf("%-70s %8.3f s median (min %.3f, max %.3f, %d runs); CPU thread %.3f s, process %.3f s%n",
                what, median(runs, 0), min(runs, 0), max(runs, 0), runs.size(), median(runs, 1), median(runs, 2));
    }

    private static double median(List<double[]> runs, int column) {
        List<Double> values = column(runs, column);
        return values.get(values.size() / 2);
    }

    private static double min(List<double[]> runs, int column) {
        return column(runs, column).get(0);
    }

    private static double max(List<double[]> runs, int column) {
        List<Double> values = column(runs, column);
        return values.get(values.size() - 1);
    }

    private static List<Double> column(List<double[]> runs, int column) {
        List<Double> values = new ArrayList<>();
        runs.forEach(r -> values.add(r[column]));
        Collections.sort(values);
        return values;
    }
}
