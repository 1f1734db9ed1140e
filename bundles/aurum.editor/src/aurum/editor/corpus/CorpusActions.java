package aurum.editor.corpus;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PartInitException;

import aurum.corpus.store.CorpusStore;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.preferences.AurumPreferenceInitializer;
import aurum.editor.preferences.AurumPreferences;

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

    /**
     * Runs the corpus's recognizers over {@code documentIds} (all documents when empty) of {@code store}
     * into the layer of the annotator named in the preferences; the result goes to the status line and
     * the navigator re-reads its counts.
     *
     * @return the scheduled job
     */
    public static Job suggest(IWorkbenchPage page, CorpusStore store, List<String> documentIds) {
        IViewPart view = page.findView(CorpusNavigatorView.ID);
        CorpusNavigatorView navigator = view instanceof CorpusNavigatorView n ? n : null;
        String annotator = Platform.getPreferencesService().getString(AurumPreferences.NODE,
                AurumPreferences.ANNOTATOR, AurumPreferenceInitializer.defaultAnnotator(), null);
        IStatusLineManager statusLine = statusLine(page);
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
