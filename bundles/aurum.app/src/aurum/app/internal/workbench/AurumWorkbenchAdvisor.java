package aurum.app.internal.workbench;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import aurum.editor.navigator.CorpusNavigatorView;

/** Opens the Aurum perspective, shows the start-up corpus, and takes the screenshot when asked. */
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
        if (page != null && page.findView(CorpusNavigatorView.ID) instanceof CorpusNavigatorView navigator) {
            navigator.showCorpus(options.corpus());
        }
        options.screenshot().ifPresent(file -> WindowScreenshot.saveThenClose(getWorkbenchConfigurer().getWorkbench(), file));
    }
}
