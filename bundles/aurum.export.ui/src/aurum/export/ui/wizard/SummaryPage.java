package aurum.export.ui.wizard;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import aurum.export.CorpusExport;
import aurum.export.ExportException;
import aurum.export.ExportOptions;
import aurum.export.ExportPreview;
import aurum.export.ExportProgress;
import aurum.export.Exporter;
import aurum.export.SplitNotPossibleException;
import aurum.export.ui.model.Message;
import aurum.export.ui.model.PreviewCheck;
import aurum.export.ui.model.SettingsCheck;

/**
 * Page 4: everything the export will do, in words, before Finish, and what its first pass finds (documents,
 * spans, documents per split, overlapping spans under the chosen policy), counted in a job when the page
 * shows. Finish is enabled once that count is in and nothing in it stops the export: an export that would
 * write nothing, leave a split empty or stop on overlapping spans is caught here, not after the wizard closed.
 */
final class SummaryPage extends ExportPage {

    private Text summary;
    private boolean seen;
    private Job counting;
    /** The problem the count found, or empty; null while counting. */
    private Optional<Message> found = Optional.empty();

    SummaryPage(ExportWizard wizard) {
        super("summary", "Summary", "Check what will be exported, then press Finish. The export runs in the background.",
                wizard);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        // a read-only text rather than a label: it can be focused, scrolled and copied
        summary = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 300).applyTo(summary);
        setControl(area);
        setPageComplete(false);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            seen = true;
            summary.setText(wizard.summary());
            count();
            changed();
        }
        super.setVisible(visible);
    }

    /** Runs the export's first pass in a job and adds what it found to the summary. */
    private void count() {
        if (counting != null) {
            counting.cancel();
        }
        if (SettingsCheck.firstError(settings(), wizard.facts()).isPresent()) {
            found = Optional.empty();
            return;
        }
        Exporter exporter = wizard.exporter().orElseThrow();
        ExportOptions options = wizard.options();
        String before = summary.getText();
        summary.setText(before + "\n\nCounting the documents, spans and overlaps the export will write…");
        found = null;
        Job job = Job.create("Counting what the export will write", (IProgressMonitor monitor) -> {
            monitor.beginTask("Counting what the export will write", IProgressMonitor.UNKNOWN);
            try {
                ExportPreview preview = CorpusExport.preview(wizard.store(), options, new ExportProgress() {
                    @Override
                    public void worked(String phase, long done, long total) {
                        monitor.subTask(phase + " " + done + " of " + total + " documents");
                    }

                    @Override
                    public boolean isCancelled() {
                        return monitor.isCanceled();
                    }
                });
                show(before + "\n\n" + PreviewCheck.describe(preview, exporter, options),
                        PreviewCheck.problem(preview, exporter, options));
            } catch (SplitNotPossibleException e) {
                show(before, Optional.of(PreviewCheck.splitNotPossible(e, options)));
            } catch (ExportException e) {
                if (!monitor.isCanceled()) {
                    show(before, Optional.of(new Message(Message.Severity.ERROR, "The corpus cannot be read for this"
                            + " export: " + e.getMessage())));
                }
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        counting = job;
        job.schedule();
    }

    private void show(String text, Optional<Message> problem) {
        if (summary.isDisposed()) {
            return;
        }
        summary.getDisplay().asyncExec(() -> {
            if (!summary.isDisposed()) {
                summary.setText(text);
                found = problem;
                update();
            }
        });
    }

    @Override
    protected Optional<Message> check() {
        if (!seen) {
            return Optional.of(new Message(Message.Severity.ERROR, "Summary: not shown yet"));
        }
        Optional<Message> settings = SettingsCheck.firstError(settings(), wizard.facts());
        return settings.isPresent() || found == null ? settings : found;
    }

    @Override
    protected void update() {
        super.update();
        if (seen && found == null && getErrorMessage() == null) {
            setMessage("Counting the documents, spans and overlaps the export will write…", IMessageProvider.INFORMATION);
            setPageComplete(false);
        }
    }

    @Override
    public void dispose() {
        if (counting != null) {
            counting.cancel();
        }
        super.dispose();
    }

    /** The summary as shown. */
    public String text() {
        return summary.getText();
    }

    /** Whether the count of what the export will write is in (and shown). */
    public boolean counted() {
        return found != null;
    }
}
