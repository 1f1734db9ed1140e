package aurum.export.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

class MonitorProgressTest {

    /** Records what the job's progress bar would show. */
    private static final class Recording extends NullProgressMonitor {
        int worked;
        String subTask;

        @Override
        public void worked(int work) {
            worked += work;
        }

        @Override
        public void subTask(String name) {
            subTask = name;
        }
    }

    @Test
    void theTwoPhasesFillTheBarOnceAndNeverGoBack() {
        Recording monitor = new Recording();
        MonitorProgress progress = new MonitorProgress(monitor);
        progress.worked("Selecting", 1, 4);
        assertEquals(MonitorProgress.totalTicks() / 8, monitor.worked);
        progress.worked("Selecting", 4, 4);
        assertEquals(MonitorProgress.totalTicks() / 2, monitor.worked);
        progress.worked("Exporting", 2, 4);
        assertEquals("Exporting document 2 of 4", monitor.subTask);
        progress.worked("Exporting", 4, 4);
        progress.worked("Exporting", 3, 4);
        assertEquals(MonitorProgress.totalTicks(), monitor.worked);
    }

    @Test
    void cancelInTheProgressViewCancelsTheExport() {
        Recording monitor = new Recording();
        MonitorProgress progress = new MonitorProgress(monitor);
        assertFalse(progress.isCancelled());
        monitor.setCanceled(true);
        assertTrue(progress.isCancelled());
    }
}
