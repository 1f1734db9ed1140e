package aurum.labels.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;

import aurum.core.model.LabelSet;
import aurum.labels.registry.LabelSetRegistry;

/**
 * Reads {@code aurum.labels.labelSets} contributions one at a time into an immutable snapshot, skipping
 * (and logging) broken ones, and rebuilds the snapshot when contributions come or go.
 */
public class ExtensionLabelSetRegistry implements LabelSetRegistry, IRegistryEventListener {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "aurum.labels.labelSets";

    private static final Comparator<LabelSet> ORDER = Comparator.comparing(LabelSet::id)
            .thenComparing(LabelSet::version);

    private IExtensionRegistry registry;
    private volatile List<LabelSet> snapshot = List.of();

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
    public List<LabelSet> labelSets() {
        return snapshot;
    }

    private void refresh() {
        List<LabelSet> sets = new ArrayList<>();
        LabelSetContribution reader = new LabelSetContribution();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            reader.read(element).ifPresent(sets::add);
        }
        sets.sort(ORDER);
        snapshot = List.copyOf(sets);
        ILog.of(getClass()).info("Label sets: " + sets.stream().map(s -> s.id() + " " + s.version()).toList());
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
