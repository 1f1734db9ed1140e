package aurum.editor.corpus;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import aurum.editor.navigator.CorpusNavigatorView;

/**
 * What the start-up code and the File menu do with corpora: open one (importing a plain folder into the
 * workspace first) or import into the open one. Both run as jobs and show the result in the navigator.
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
                });
        job.schedule();
        return job;
    }
}
