package aurum.editor.corpus;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import aurum.core.model.LabelSet;
import aurum.labels.registry.LabelSetRegistry;

/**
 * The label sets installed plugins contribute, from the registry service, for choosing one in a wizard or the
 * preferences.
 */
public final class InstalledLabelSets {

    private InstalledLabelSets() {
    }

    /** The installed label sets; none when the registry service is not there. */
    public static List<LabelSet> list() {
        BundleContext context = FrameworkUtil.getBundle(InstalledLabelSets.class).getBundleContext();
        if (context == null) {
            return List.of();
        }
        ServiceReference<LabelSetRegistry> ref = context.getServiceReference(LabelSetRegistry.class);
        if (ref == null) {
            return List.of();
        }
        try {
            LabelSetRegistry registry = context.getService(ref);
            return registry == null ? List.of() : registry.labelSets();
        } finally {
            context.ungetService(ref);
        }
    }
}
