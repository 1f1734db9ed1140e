package aurum.editor.corpus;

import org.eclipse.core.runtime.IProgressMonitor;

import aurum.corpus.importer.ImportProgress;

/** Reports an importer's progress to a job's monitor and passes the user's cancel back. */
final class MonitorProgress implements ImportProgress {

    private static final int TICKS = 1000;
    private final IProgressMonitor monitor;
    private int reported;

    MonitorProgress(IProgressMonitor monitor, String task) {
        this.monitor = monitor;
        monitor.beginTask(task, TICKS);
    }

    @Override
    public void worked(long done, long total) {
        if (total <= 0) {
            return;
        }
        int now = (int) Math.min(TICKS, done * TICKS / total);
        if (now > reported) {
            monitor.worked(now - reported);
            reported = now;
        }
        monitor.subTask(done + " of " + total);
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }
}
