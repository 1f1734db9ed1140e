package aurum.export.ui.wizard;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import aurum.corpus.store.CorpusStore;
import aurum.export.CorpusExport;
import aurum.export.ExportException;
import aurum.export.ExportGuard;
import aurum.export.ExportOptions;
import aurum.export.ExportResult;
import aurum.export.Exporter;

/**
 * Runs {@link CorpusExport} in the background with progress and cancel; a failed or cancelled export
 * leaves nothing at the output folder. The finished result is handed to a callback on the UI thread.
 */
public final class ExportJob extends Job {

    /** The job family, to find or wait for running exports. */
    public static final Object FAMILY = ExportJob.class;

    private final CorpusStore store;
    private final Exporter exporter;
    private final ExportOptions options;
    private final Path target;
    private final Display display;
    private final Consumer<ExportResult> finished;
    private volatile ExportResult result;

    /**
     * @param finished told the result on {@code display}'s thread when the export succeeded
     */
    public ExportJob(CorpusStore store, Exporter exporter, ExportOptions options, Path target, Display display,
            Consumer<ExportResult> finished) {
        super("Exporting " + store.settings().name() + " as " + exporter.id());
        this.store = store;
        this.exporter = exporter;
        this.options = options;
        this.target = target;
        this.display = display;
        this.finished = finished;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName() + " to " + target, MonitorProgress.totalTicks());
        try {
            // the summary page caught these before Finish; the guard holds if the corpus changed since
            ExportResult done = CorpusExport.run(store, exporter, options, target, new MonitorProgress(monitor),
                    ExportGuard.USEFUL);
            result = done;
            if (!display.isDisposed()) {
                display.asyncExec(() -> finished.accept(done));
            }
            return Status.OK_STATUS;
        } catch (ExportException e) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            return Status.error(e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The result once the export succeeded, else {@code null}. */
    public ExportResult result() {
        return result;
    }

    /** Where the export goes. */
    public Path target() {
        return target;
    }

    /** The options the export runs with. */
    public ExportOptions options() {
        return options;
    }
}
