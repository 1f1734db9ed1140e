package aurum.labels.internal.registry;

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

import aurum.labels.registry.RecognizerDescriptor;
import aurum.labels.registry.RecognizerRegistry;

/**
 * Reads {@code aurum.labels.recognizers} contributions one at a time into an immutable snapshot,
 * skipping (and logging) malformed ones and duplicate ids, and rebuilds it when plugins come or go.
 */
public class ExtensionRecognizerRegistry implements RecognizerRegistry, IRegistryEventListener {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "aurum.labels.recognizers";

    private IExtensionRegistry registry;
    private volatile List<RecognizerDescriptor> snapshot = List.of();

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
    public List<RecognizerDescriptor> recognizers() {
        return snapshot;
    }

    private synchronized void refresh() {
        List<RecognizerDescriptor> found = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        RecognizerContribution reader = new RecognizerContribution();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            reader.read(element).ifPresent(descriptor -> {
                if (ids.add(descriptor.id())) {
                    found.add(descriptor);
                } else {
                    RecognizerContribution.log(descriptor.contributor(), "the id " + descriptor.id()
                            + " is already taken by another recognizer; choose a unique id");
                }
            });
        }
        found.sort(Comparator.comparing(RecognizerDescriptor::id));
        snapshot = List.copyOf(found);
        ILog.of(getClass()).info("Recognizers: " + found.stream().map(RecognizerDescriptor::id).toList());
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
