package aurum.app.internal.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import aurum.export.ExporterRegistry;
import aurum.labels.registry.LabelSetRegistry;
import aurum.labels.registry.RecognizerRegistry;

/** The {@code aurum.app.cli} application: runs one command and exits with its code. */
public class CommandLineApplication implements IApplication {

    private static final long SERVICE_TIMEOUT_MILLIS = 10_000;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        int code = new CommandLine(System.out, System.err, new CommandServices(
                () -> service(LabelSetRegistry.class, "label-set registry", "aurum.labels"),
                () -> service(RecognizerRegistry.class, "recognizer registry", "aurum.labels"),
                () -> service(ExporterRegistry.class, "exporter registry", "aurum.export"))).run(args);
        System.out.flush();
        return code;
    }

    /** Waits for a DS service, since the CLI may start before Declarative Services has activated it. */
    private static <S> S service(Class<S> type, String what, String bundle) {
        BundleContext context = FrameworkUtil.getBundle(CommandLineApplication.class).getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(SERVICE_TIMEOUT_MILLIS);
            if (service == null) {
                throw new IllegalStateException("the " + what + " did not start; is bundle " + bundle + " installed?");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the " + what, e);
        } finally {
            tracker.close();
        }
    }

    @Override
    public void stop() {
        // a command runs to its end; nothing to interrupt
    }
}
