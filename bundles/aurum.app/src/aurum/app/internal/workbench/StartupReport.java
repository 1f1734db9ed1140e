package aurum.app.internal.workbench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Table;

import aurum.editor.navigator.CorpusNavigatorView;

/**
 * What {@code -timings FILE} measures of a start, for the navigator benchmark (bench/navigator-startup.sh):
 * JVM start to window open, window open to the navigator's first rows painted, how long scrolling
 * through the table takes per jump, and the memory in use once the corpus is shown. Appends one JSON
 * line to the file. Measures only; the numbers go to docs/PERFORMANCE.md, never into a test.
 */
final class StartupReport {

    private static final int SCROLL_JUMPS = 40;

    private final Path file;
    private long windowOpenNanos;
    private long windowOpenSinceJvmMillis;

    StartupReport(Path file) {
        this.file = file;
    }

    /** Called when the workbench window has opened. */
    void windowOpened() {
        windowOpenNanos = System.nanoTime();
        windowOpenSinceJvmMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Called on the UI thread once the navigator has painted its first rows; measures the rest and writes the line. */
    void firstRows(CorpusNavigatorView navigator) {
        long firstRowsMillis = (System.nanoTime() - windowOpenNanos) / 1_000_000;
        Table table = navigator.viewer().getTable();
        int rows = table.getItemCount();
        double[] jumps = scroll(table);
        long heapMb = heapAfterGcMb();
        String line = String.format(Locale.ROOT,
                "{\"corpus\":\"%s\",\"documents\":%d,\"jvmToWindowMs\":%d,\"windowToFirstRowsMs\":%d,"
                        + "\"scrollJumpMedianMs\":%.1f,\"scrollJumpMaxMs\":%.1f,\"heapAfterGcMb\":%d,\"rssMb\":%d}%n",
                navigator.store().directory().toString().replace("\\", "\\\\").replace("\"", "\\\""), rows,
                windowOpenSinceJvmMillis, firstRowsMillis, jumps[0], jumps[1], heapMb, rssMb());
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            ILog.of(getClass()).error("Cannot write the start-up timings to " + file, e);
        }
    }

    /** Jumps to evenly spread positions of the table, painting each; {median, max} ms per jump. */
    private static double[] scroll(Table table) {
        int count = table.getItemCount();
        if (count == 0) {
            return new double[2];
        }
        double[] millis = new double[SCROLL_JUMPS];
        for (int i = 0; i < SCROLL_JUMPS; i++) {
            long start = System.nanoTime();
            table.setTopIndex((int) ((long) count * ((i * 7L) % SCROLL_JUMPS) / SCROLL_JUMPS));
            table.update();
            while (table.getDisplay().readAndDispatch()) {
                // paint what the jump exposed
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        table.setTopIndex(0);
        Arrays.sort(millis);
        return new double[] {millis[SCROLL_JUMPS / 2], millis[SCROLL_JUMPS - 1]};
    }

    private static long heapAfterGcMb() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    private static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no resident size
        }
        return -1;
    }
}
