package aurum.app.internal.workbench;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Sizes and titles the workbench window; brings a layout kept from an older Aurum up to date. */
class AurumWindowAdvisor extends WorkbenchWindowAdvisor {

    private final Runnable opened;

    /** @param opened told when the window has opened */
    AurumWindowAdvisor(IWorkbenchWindowConfigurer configurer, Runnable opened) {
        super(configurer);
        this.opened = opened;
    }

    /** Action sets of the IDE bundles that mean nothing in Aurum (activities do not filter them in E4). */
    static final String[] IDE_ACTION_SETS = {
        "org.eclipse.ui.actionSet.openFiles", // File > Open File…
        "org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo", // File > Convert Line Delimiters To
        "org.eclipse.ui.actionSet.keyBindings", // Help > Show Active Keybindings (Help > Key Assist… instead)
    };

    @Override
    public void postWindowOpen() {
        for (IWorkbenchPage page : getWindowConfigurer().getWindow().getPages()) {
            LayoutUpgrade.apply(page);
            for (String actionSet : IDE_ACTION_SETS) {
                page.hideActionSet(actionSet);
            }
        }
        opened.run();
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new AurumActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1200, 800));
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowCoolBar(false);
        configurer.setTitle("Aurum");
    }
}
