package aurum.export.ui.wizard;

import org.eclipse.core.runtime.IProgressMonitor;

import aurum.export.ExportProgress;

/**
 * Shows the export's two phases (selecting, then exporting) as halves of one progress bar and passes
 * the user's Cancel on to the export.
 */
final class MonitorProgress implements ExportProgress {

    private static final int PHASE_TICKS = 500;

    private final IProgressMonitor monitor;
    private String phase;
    private int phaseIndex = -1;
    private int ticks;

    MonitorProgress(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void worked(String newPhase, long done, long total) {
        if (!newPhase.equals(phase)) {
            phase = newPhase;
            phaseIndex = Math.min(phaseIndex + 1, 1);
        }
        monitor.subTask(phase + " document " + done + " of " + total);
        int target = phaseIndex * PHASE_TICKS + (int) (total == 0 ? PHASE_TICKS : done * PHASE_TICKS / total);
        if (target > ticks) {
            monitor.worked(target - ticks);
            ticks = target;
        }
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }

    static int totalTicks() {
        return 2 * PHASE_TICKS;
    }
}
