package aurum.app.internal.cli;

import java.io.PrintStream;

import aurum.corpus.importer.ImportProgress;

/**
 * A progress bar on one terminal line ({@code Importing [#####     ] 50/100}), redrawn at most every
 * 200 ms; silent when standard error is not a terminal, so logs stay clean.
 */
final class ProgressLine implements ImportProgress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final String task;
    private final boolean terminal = System.console() != null;
    private long lastDraw;
    private boolean drawn;

    ProgressLine(PrintStream err, String task) {
        this.err = err;
        this.task = task;
    }

    @Override
    public void worked(long done, long total) {
        long now = System.nanoTime();
        if (!terminal || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        err.print("\r" + render(task, done, total));
        err.flush();
    }

    static String render(String task, long done, long total) {
        if (total <= 0) {
            return task + " " + done;
        }
        int filled = (int) Math.min(WIDTH, WIDTH * done / total);
        return task + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total;
    }

    /**
     * Replaces the bar with what the task is doing now, for steps that have no count (the last write and
     * the near-duplicate update at the end of an import, tens of seconds on a 100k-document corpus).
     */
    void status(String message) {
        if (!terminal) {
            return;
        }
        drawn = true;
        err.print("\r" + task + ": " + message + "\u001b[K"); // ESC [K clears the rest of the bar's line
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** Ends the progress line so what follows starts on a fresh line. */
    void done() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }
}
