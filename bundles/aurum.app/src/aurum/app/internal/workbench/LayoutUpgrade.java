package aurum.app.internal.workbench;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.eclipse.ui.IWorkbenchPage;

/**
 * Brings a window's Aurum perspective up to the current default layout once. The workbench keeps each
 * workspace's layout from one start to the next, so a view given a new default place (the Agreement view in
 * its own stack, layout 2) would otherwise reach only new workspaces. {@link AurumPerspective} records the
 * layout it made; a layout recorded as older (or not at all: made before layout 2) is reset.
 */
public final class LayoutUpgrade {

    /** The preference holding the version of the layout the perspective factory last made. */
    static final String KEY = "perspectiveLayout";

    private LayoutUpgrade() {
    }

    /** Called by the perspective factory whenever it makes the layout (first start, Reset Perspective). */
    static void made() {
        IEclipsePreferences node = node();
        node.putInt(KEY, AurumPerspective.LAYOUT);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(LayoutUpgrade.class).warn("Cannot remember the perspective's layout version", e);
        }
    }

    /**
     * Resets {@code page}'s Aurum perspective when its layout is older than {@link AurumPerspective#LAYOUT}.
     *
     * @return whether it reset the perspective
     */
    public static boolean apply(IWorkbenchPage page) {
        if (page == null || page.getPerspective() == null
                || !AurumWorkbenchAdvisor.PERSPECTIVE_ID.equals(page.getPerspective().getId())
                || node().getInt(KEY, 1) >= AurumPerspective.LAYOUT) {
            return false;
        }
        page.resetPerspective();
        // the factory records the version while resetting; recorded here too in case it was not called
        made();
        return true;
    }

    /** Forgets the recorded layout, as in a workspace last opened by an older Aurum (for tests). */
    public static void forget() {
        node().remove(KEY);
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode("aurum.app");
    }
}
