package aurum.export.ui.internal.handlers;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ServiceCaller;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import aurum.core.model.LabelSet;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.export.Exporter;
import aurum.export.ExporterRegistry;
import aurum.export.ui.model.CorpusFacts;
import aurum.export.ui.wizard.ExportWizard;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.format.LabelSetFormatException;
import aurum.labels.registry.LabelSetRegistry;

/**
 * File &gt; Export Training Data…: reads the open corpus's annotators and labels in a job, then opens the
 * export wizard. Enabled while the corpus navigator shows a corpus.
 */
public class ExportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        CorpusStore store = openCorpus(window);
        if (store == null) {
            MessageDialog.openInformation(window.getShell(), "Export Training Data",
                    "Open a corpus first (File > Open Corpus…); the export writes the open corpus.");
            return null;
        }
        List<Exporter> exporters = service(ExporterRegistry.class).map(ExporterRegistry::exporters)
                .orElseGet(() -> ExporterRegistry.builtIn().exporters());
        Shell shell = window.getShell();
        Job.create("Reading the labels and annotators of " + store.settings().name(), monitor -> {
            try {
                CorpusFacts facts = CorpusFacts.read(store, labelSet(store));
                shell.getDisplay().asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        new WizardDialog(shell, new ExportWizard(store, facts, exporters, ExportWizard.dialogSection()))
                                .open();
                    }
                });
                return Status.OK_STATUS;
            } catch (CorpusStoreException e) {
                return Status.error("Cannot read the corpus " + store.directory() + " for the export: " + e.getMessage(), e);
            }
        }).schedule();
        return null;
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        IWorkbenchWindow window = PlatformUI.isWorkbenchRunning()
                ? PlatformUI.getWorkbench().getActiveWorkbenchWindow() : null;
        setBaseEnabled(window != null && openCorpus(window) != null);
    }

    private static CorpusStore openCorpus(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        if (page != null && page.findView(CorpusNavigatorView.ID) instanceof CorpusNavigatorView navigator) {
            return navigator.store();
        }
        return null;
    }

    /** The corpus's label set, or empty when none resolves (the wizard then lists the labels found in layers). */
    private static Optional<LabelSet> labelSet(CorpusStore store) {
        Optional<LabelSetRegistry> registry = service(LabelSetRegistry.class);
        try {
            return Optional.of(new CorpusLabelSets(registry.orElse(List::of)).resolve(store).labelSet());
        } catch (LabelSetFormatException e) {
            return Optional.empty();
        }
    }

    private static <S> Optional<S> service(Class<S> type) {
        AtomicReference<S> found = new AtomicReference<>();
        ServiceCaller.callOnce(ExportHandler.class, type, found::set);
        return Optional.ofNullable(found.get());
    }
}
