package aurum.app.internal.workbench;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import aurum.editor.corpus.CorpusActions;
import aurum.editor.corpus.OpenDocuments;
import aurum.editor.navigator.CorpusNavigatorView;

/**
 * Opens the Aurum perspective, asks who is annotating on the first start of a workspace, opens (or first
 * imports) the start-up corpus and reopens the documents that were open when the workbench last closed, and
 * takes the screenshot or the start-up timings when asked.
 */
public class AurumWorkbenchAdvisor extends WorkbenchAdvisor {

    /** The Aurum perspective's id. */
    public static final String PERSPECTIVE_ID = "aurum.app.perspective";

    private final StartupOptions options;
    private final StartupReport report;

    /** @param options what was asked for at start */
    public AurumWorkbenchAdvisor(StartupOptions options) {
        this.options = options;
        this.report = options.timings().map(StartupReport::new).orElse(null);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new AurumWindowAdvisor(configurer, () -> {
            if (report != null) {
                report.windowOpened();
            }
        });
    }

    @Override
    public boolean preShutdown() {
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null && options.screenshot().isEmpty() && report == null) {
            OpenDocuments.remember(window.getActivePage());
        }
        return super.preShutdown();
    }

    @Override
    public void postStartup() {
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        AnnotatorAtStartup.settle(window, options);
        if (page != null) {
            try {
                // a plain folder of texts is imported into the workspace once, in a job with progress
                CorpusActions.openCorpus(page, options.corpus());
            } catch (PartInitException e) {
                ILog.of(getClass()).error("Cannot show the corpus navigator", e);
            }
        }
        IWorkbench workbench = getWorkbenchConfigurer().getWorkbench();
        if (page != null && page.findView(CorpusNavigatorView.ID) instanceof CorpusNavigatorView shown
                && report == null && options.screenshot().isEmpty()) {
            // the editors open when the workbench last closed come back once their corpus is listed
            shown.whenListed(() -> OpenDocuments.reopen(page, shown.store().directory()));
        }
        if (report != null && page != null
                && page.findView(CorpusNavigatorView.ID) instanceof CorpusNavigatorView navigator) {
            // the benchmark: timings once the first rows are painted, then the screenshot (if asked) and exit
            navigator.whenListed(() -> {
                report.firstRows(navigator);
                options.screenshot().ifPresentOrElse(file -> WindowScreenshot.saveThenClose(workbench, file),
                        workbench::close);
            });
            return;
        }
        options.screenshot().ifPresent(file -> WindowScreenshot.saveThenClose(workbench, file));
    }
}
