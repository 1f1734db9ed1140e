package aurum.editor.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PartInitException;

import aurum.core.model.LabelSet;
import aurum.corpus.store.CorpusStore;
import aurum.editor.identity.AnnotatorIdentity;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.labels.corpus.CorpusLabelSet;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.corpus.ImportedLabelSet;
import aurum.labels.format.LabelSetFormatException;

/**
 * What the start-up code and the menus do with corpora: open one (importing a plain folder into the
 * workspace first), import into the open one, suggest spans. All run as jobs and show the result in the
 * navigator.
 */
public final class CorpusActions {

    private CorpusActions() {
    }

    /**
     * Opens the corpus for {@code source} in the navigator of {@code page}.
     *
     * @return the scheduled job, so callers (and tests) can wait for it
     */
    public static Job openCorpus(IWorkbenchPage page, Path source) throws PartInitException {
        CorpusNavigatorView navigator = (CorpusNavigatorView) page.showView(CorpusNavigatorView.ID);
        Job job = new OpenCorpusJob(source, Workspace.folder(), page.getWorkbenchWindow().getShell().getDisplay(),
                store -> {
                    if (!navigator.viewer().getControl().isDisposed()) {
                        navigator.showCorpus(store);
                    }
                });
        job.schedule();
        return job;
    }

    /**
     * Opens {@code folder} when it is a corpus or was imported into the workspace before; otherwise opens
     * the {@link NewCorpusWizard}, which shows what would be imported and asks (File &gt; Open Corpus…).
     *
     * @param block whether to wait until the wizard is closed
     * @return the wizard's dialog, or null when the folder was opened at once
     */
    public static WizardDialog openOrAsk(IWorkbenchPage page, Path folder, boolean block) throws PartInitException {
        CorpusLocation location = CorpusLocation.resolve(folder, Workspace.folder(), OpenCorpusJob::importedFrom);
        if (!location.needsImport()) {
            openCorpus(page, folder);
            return null;
        }
        CorpusNavigatorView navigator = (CorpusNavigatorView) page.showView(CorpusNavigatorView.ID);
        NewCorpusWizard wizard = new NewCorpusWizard(folder, Workspace.folder(), InstalledLabelSets.list(), store -> {
            if (!navigator.viewer().getControl().isDisposed()) {
                navigator.showCorpus(store);
            }
        });
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(block);
        dialog.open();
        return dialog;
    }

    /**
     * Imports {@code sources} into the navigator's corpus, then re-reads it.
     *
     * @return the scheduled job, or {@code null} when no corpus is open
     */
    public static Job importInto(IWorkbenchPage page, List<Path> sources) throws PartInitException {
        CorpusNavigatorView navigator = (CorpusNavigatorView) page.showView(CorpusNavigatorView.ID);
        if (navigator.store() == null) {
            return null;
        }
        Job job = new ImportDocumentsJob(navigator.store(), sources, page.getWorkbenchWindow().getShell().getDisplay(),
                summary -> {
                    navigator.getViewSite().getActionBars().getStatusLineManager().setMessage(summary.describe());
                    navigator.refresh();
                    if (!summary.missingLabels().isEmpty()) {
                        offerLabelSet(page, navigator, summary);
                    }
                });
        job.schedule();
        return job;
    }

    /**
     * Imported spans carry labels the corpus's label set lacks: offers to make the corpus's own label set
     * from the labels its spans use, so validation passes; the corpus's current definitions are kept.
     */
    private static void offerLabelSet(IWorkbenchPage page, CorpusNavigatorView navigator, ImportSummary summary) {
        CorpusStore store = navigator.store();
        boolean create = MessageDialog.open(MessageDialog.QUESTION, page.getWorkbenchWindow().getShell(),
                "Labels Missing from the Label Set", "The imported spans use labels that the label set of "
                        + store.settings().name() + " does not define: " + String.join(", ", summary.missingLabels())
                        + ". Validation reports every such span, and the Labels view offers no key for them.\n\n"
                        + "Create the corpus's own label set (labelset.json) holding every label its spans use?"
                        + " Labels the current set defines keep their colours and keys.",
                SWT.NONE, "Create Label Set", "Not Now") == 0;
        if (!create) {
            return;
        }
        Job job = Job.create("Creating the label set of " + store.settings().name(), (IProgressMonitor monitor) -> {
            try {
                Optional<CorpusLabelSet> current;
                try {
                    current = Optional.of(new CorpusLabelSets(InstalledLabelSets::list).resolve(store));
                } catch (LabelSetFormatException e) {
                    current = Optional.empty();
                }
                LabelSet created = ImportedLabelSet.createFor(store, current);
                page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> navigator.showStatus("The corpus now"
                        + " has its own label set " + created.ref() + " with " + created.labels().size() + " labels."));
                return Status.OK_STATUS;
            } catch (java.io.IOException e) {
                return Status.error("The label set could not be created: " + e.getMessage()
                        + ". The corpus keeps its label set.", e);
            }
        });
        job.setUser(true);
        job.schedule();
    }

    /**
     * Runs the corpus's recognizers over {@code documentIds} (all documents when empty) of {@code store}
     * into the layer of the annotator named in the preferences; the result goes to the status line and
     * the navigator re-reads its counts.
     *
     * @return the scheduled job, or null when nobody is named as the annotator (and the user gave no name)
     */
    public static Job suggest(IWorkbenchPage page, CorpusStore store, List<String> documentIds) {
        IViewPart view = page.findView(CorpusNavigatorView.ID);
        CorpusNavigatorView navigator = view instanceof CorpusNavigatorView n ? n : null;
        IStatusLineManager statusLine = statusLine(page);
        String annotator = AnnotatorIdentity.askIfUnknown(page.getWorkbenchWindow().getShell()).orElse(null);
        if (annotator == null) {
            if (statusLine != null) {
                statusLine.setMessage("Nobody is named as the annotator, so there is no layer to suggest into.");
            }
            return null;
        }
        Job job = new SuggestSpansJob(store, documentIds, annotator, page.getWorkbenchWindow().getShell().getDisplay(),
                summary -> {
                    if (statusLine != null) {
                        statusLine.setMessage(summary);
                    }
                    if (navigator != null && !navigator.viewer().getControl().isDisposed()
                            && navigator.store() == store) {
                        navigator.refresh();
                    }
                });
        job.schedule();
        return job;
    }

    /** The status line of the active part's window, or {@code null}. */
    private static IStatusLineManager statusLine(IWorkbenchPage page) {
        IWorkbenchPartSite site = page.getActivePart() == null ? null : page.getActivePart().getSite();
        if (site instanceof IViewSite view) {
            return view.getActionBars().getStatusLineManager();
        }
        return site instanceof IEditorSite editor ? editor.getActionBars().getStatusLineManager() : null;
    }
}
