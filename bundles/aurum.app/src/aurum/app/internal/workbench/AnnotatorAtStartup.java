package aurum.app.internal.workbench;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchWindow;

import aurum.editor.identity.AnnotatorIdentity;

/**
 * Settles who is annotating when the workbench starts: the name given with {@code -annotator NAME}, else the
 * one remembered in the workspace, else the first-start dialog asks (never the operating system's user,
 * silently). Not asked when the workbench only takes a screenshot or its start-up timings.
 */
public final class AnnotatorAtStartup {

    private AnnotatorAtStartup() {
    }

    /**
     * Settles the annotator; blocks while the dialog is open. A name given with {@code -annotator} that cannot
     * name a layer is logged and the dialog asks instead.
     */
    public static void settle(IWorkbenchWindow window, StartupOptions options) {
        if (options.annotator().isPresent()) {
            String name = options.annotator().get();
            String problem = AnnotatorIdentity.problem(name);
            if (problem == null) {
                AnnotatorIdentity.set(name);
                return;
            }
            ILog.of(AnnotatorAtStartup.class).warn("-annotator " + name + " cannot name an annotator: " + problem);
        }
        if (window != null && options.screenshot().isEmpty() && options.timings().isEmpty()) {
            AnnotatorIdentity.askIfUnknown(window.getShell());
        }
    }
}
