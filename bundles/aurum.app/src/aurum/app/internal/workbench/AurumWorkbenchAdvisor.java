package aurum.app.internal.workbench;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import aurum.editor.corpus.CorpusActions;

/** Opens the Aurum perspective, opens (or first imports) the start-up corpus, and takes the screenshot when asked. */
public class AurumWorkbenchAdvisor extends WorkbenchAdvisor {

    /** The Aurum perspective's id. */
    public static final String PERSPECTIVE_ID = "aurum.app.perspective";

    private final StartupOptions options;

    /** @param options what was asked for at start */
    public AurumWorkbenchAdvisor(StartupOptions options) {
        this.options = options;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new AurumWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page != null) {
            try {
                // a plain folder of texts is imported into the workspace once, in a job with progress
                CorpusActions.openCorpus(page, options.corpus());
            } catch (PartInitException e) {
                ILog.of(getClass()).error("Cannot show the corpus navigator", e);
            }
        }
        options.screenshot().ifPresent(file -> WindowScreenshot.saveThenClose(getWorkbenchConfigurer().getWorkbench(), file));
    }
}
