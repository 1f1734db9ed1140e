package aurum.labels.internal.registry;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;

import aurum.labels.recognizer.Recognizer;
import aurum.labels.registry.RecognizerContext;
import aurum.labels.registry.RecognizerDescriptor;
import aurum.labels.registry.RecognizerFactory;

/**
 * A {@code <recognizer>} element read into plain fields; its class is loaded only by {@link #create},
 * so listing recognizers does not start their bundles.
 */
final class ContributedRecognizer implements RecognizerDescriptor {

    private final String id;
    private final String name;
    private final String labelSetId;
    private final String contributor;
    private final IConfigurationElement element;

    ContributedRecognizer(String id, String name, String labelSetId, String contributor,
            IConfigurationElement element) {
        this.id = id;
        this.name = name;
        this.labelSetId = labelSetId;
        this.contributor = contributor;
        this.element = element;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String labelSetId() {
        return labelSetId;
    }

    @Override
    public String contributor() {
        return contributor;
    }

    @Override
    public Optional<Recognizer> create(RecognizerContext context) {
        AtomicReference<Recognizer> result = new AtomicReference<>();
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                if (!element.isValid()) {
                    throw new IllegalStateException("its plugin was uninstalled");
                }
                Object created = element.createExecutableExtension("class");
                if (created instanceof RecognizerFactory factory) {
                    result.set(factory.create(context));
                } else if (created instanceof Recognizer recognizer) {
                    result.set(recognizer);
                } else {
                    throw new ClassCastException(created.getClass().getName() + " implements neither "
                            + Recognizer.class.getName() + " nor " + RecognizerFactory.class.getName());
                }
            }

            @Override
            public void handleException(Throwable e) {
                ILog.of(ContributedRecognizer.class).warn("Recognizer " + id + " contributed by " + contributor
                        + " could not be created and is left out: " + e, e);
            }
        });
        return Optional.ofNullable(result.get());
    }

    @Override
    public String toString() {
        return id + " (" + name + ", label set " + labelSetId + ", from " + contributor + ")";
    }
}
