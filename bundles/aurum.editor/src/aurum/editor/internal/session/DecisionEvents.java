package aurum.editor.internal.session;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import aurum.core.model.SpanStatus;

/**
 * Tells whoever listens (the learning recognizer's background training, aurum.learn) how many spans an
 * edit decided, as the OSGi event {@value #TOPIC} with the corpus folder and the count, after the edit is
 * stored. The editor does not depend on the listener; without an event service nothing is posted.
 */
final class DecisionEvents {

    /** The event topic, as {@code aurum.learn.LearningService.DECIDED_TOPIC}. */
    static final String TOPIC = "aurum/spans/decided";

    private static final Set<SpanStatus> DECIDED = EnumSet.of(SpanStatus.ACCEPTED, SpanStatus.MANUAL);

    private DecisionEvents() {
    }

    /** Spans that became accepted or made by hand in {@code changes} (not edits of spans decided before). */
    static int decided(List<LayerChange> changes) {
        int n = 0;
        for (LayerChange c : changes) {
            if (c.after() != null && DECIDED.contains(c.after().status())
                    && (c.before() == null || !DECIDED.contains(c.before().status()))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Posts the event (asynchronously) when {@code changes} decided any span. Called by the layer's writer
     * after the edit is stored: it never throws, since a failed notice must not keep the writer from
     * recording the save; a failure is logged and learning misses these spans until the next training.
     */
    static void post(Path corpus, List<LayerChange> changes) {
        try {
            tryPost(corpus, changes);
        } catch (RuntimeException | LinkageError e) {
            try {
                org.eclipse.core.runtime.ILog.of(DecisionEvents.class).warn("Could not tell the learning recognizer "
                        + "about the spans decided in " + corpus + ": " + e, e);
            } catch (RuntimeException | LinkageError noLog) {
                // outside the platform there is nobody to tell
            }
        }
    }

    private static void tryPost(Path corpus, List<LayerChange> changes) {
        int decided = decided(changes);
        Bundle bundle = FrameworkUtil.getBundle(DecisionEvents.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (decided == 0 || context == null) {
            return;
        }
        ServiceReference<EventAdmin> reference = context.getServiceReference(EventAdmin.class);
        if (reference == null) {
            return;
        }
        EventAdmin events = context.getService(reference);
        try {
            if (events != null) {
                events.postEvent(new Event(TOPIC, Map.of("corpus", corpus.toAbsolutePath().toString(), "count", decided)));
            }
        } finally {
            context.ungetService(reference);
        }
    }
}
