package aurum.agreement.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import aurum.agreement.AgreementReport;
import aurum.agreement.CorpusAgreement;
import aurum.corpus.store.CorpusStoreException;

/**
 * Reads the corpus's annotators and computes their agreement off the UI thread, with progress per
 * document and cancellation between documents; hands the outcome to the UI thread.
 */
public final class AgreementJob extends Job {

    /** The family of all agreement jobs, for waiting on them. */
    public static final Object FAMILY = AgreementJob.class;

    private final AgreementRequest request;
    private final Display display;
    private final Consumer<AgreementOutcome> done;

    /**
     * @param request what to compute
     * @param display where {@code done} runs
     * @param done told the outcome on the UI thread, unless the job was cancelled or failed
     */
    public AgreementJob(AgreementRequest request, Display display, Consumer<AgreementOutcome> done) {
        super("Computing agreement in " + request.store().settings().name());
        this.request = request;
        this.display = display;
        this.done = done;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        try {
            List<String> known = request.store().annotators();
            List<String> chosen = new ArrayList<>(known);
            chosen.removeAll(request.excluded());
            AgreementReport report = null;
            if (chosen.size() >= 2) {
                report = CorpusAgreement.compute(request.store(), chosen, request.label(), (n, total, id) -> {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    progress.setWorkRemaining(total - n + 1);
                    progress.subTask(id + " (" + n + " of " + total + ")");
                    progress.worked(1);
                });
            }
            AgreementOutcome outcome = new AgreementOutcome(request, known, List.copyOf(chosen), report,
                    Diagnosis.of(known, chosen, report));
            if (!display.isDisposed() && !progress.isCanceled()) {
                display.asyncExec(() -> done.accept(outcome));
            }
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (CorpusStoreException e) {
            String message = "Cannot compute agreement in " + request.store().directory() + ": " + e.getMessage();
            AgreementOutcome failed = new AgreementOutcome(request, List.of(), List.of(), null, message);
            if (!display.isDisposed()) {
                display.asyncExec(() -> done.accept(failed));
            }
            return Status.error(message, e);
        } finally {
            monitor.done();
        }
    }
}
