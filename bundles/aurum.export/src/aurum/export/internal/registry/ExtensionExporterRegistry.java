package aurum.export.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;

import aurum.export.Exporter;
import aurum.export.ExporterRegistry;

/**
 * Reads {@code aurum.export.exporters} contributions one at a time into an immutable snapshot: a
 * contribution whose class cannot be created, or whose id is taken, is logged and skipped. Rebuilds the
 * snapshot when plugins come or go. Published by Declarative Services.
 */
public class ExtensionExporterRegistry implements ExporterRegistry, IRegistryEventListener {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "aurum.export.exporters";

    private IExtensionRegistry registry;
    private volatile List<Exporter> snapshot = List.of();

    /** Bound by Declarative Services; tests may call it directly. */
    public void setExtensionRegistry(IExtensionRegistry extensionRegistry) {
        this.registry = extensionRegistry;
    }

    /** Reads the contributions and starts following changes. */
    public void activate() {
        registry.addListener(this, EXTENSION_POINT);
        refresh();
    }

    /** Stops following changes. */
    public void deactivate() {
        registry.removeListener(this);
    }

    @Override
    public List<Exporter> exporters() {
        return snapshot;
    }

    private void refresh() {
        List<Exporter> found = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            SafeRunner.run(new ISafeRunnable() {
                @Override
                public void run() throws Exception {
                    Object created = element.createExecutableExtension("class");
                    if (!(created instanceof Exporter exporter)) {
                        throw new IllegalArgumentException(created.getClass().getName() + " is not an aurum.export.Exporter");
                    }
                    if (exporter.id() == null || !exporter.id().matches("[a-z0-9][a-z0-9._-]*")) {
                        throw new IllegalArgumentException("exporter id '" + exporter.id() + "' is not lowercase letters, digits, . _ -");
                    }
                    if (!ids.add(exporter.id())) {
                        throw new IllegalArgumentException("exporter id '" + exporter.id() + "' is contributed twice");
                    }
                    found.add(exporter);
                }

                @Override
                public void handleException(Throwable e) {
                    ILog.of(ExtensionExporterRegistry.class).error("Skipped an exporter contributed by " + contributor
                            + ": " + e.getMessage(), e);
                }
            });
        }
        found.sort(Comparator.comparing(Exporter::id));
        snapshot = List.copyOf(found);
    }

    @Override
    public void added(IExtension[] extensions) {
        refresh();
    }

    @Override
    public void removed(IExtension[] extensions) {
        refresh();
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        // only our own point is followed
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        // only our own point is followed
    }
}
