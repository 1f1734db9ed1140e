package aurum.app.internal.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import aurum.export.ExporterRegistry;
import aurum.labels.registry.LabelSetRegistry;

/** The {@code aurum.app.cli} application: runs one command and exits with its code. */
public class CommandLineApplication implements IApplication {

    private static final long SERVICE_TIMEOUT_MILLIS = 10_000;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        int code = new CommandLine(System.out, System.err, CommandLineApplication::labelSetRegistry,
                () -> service(ExporterRegistry.class, "the exporter registry did not start; is bundle aurum.export installed?")).run(args);
        System.out.flush();
        return code;
    }

    private static LabelSetRegistry labelSetRegistry() {
        return service(LabelSetRegistry.class, "the label-set registry did not start; is bundle aurum.labels installed?");
    }

    private static <T> T service(Class<T> type, String missing) {
        BundleContext context = FrameworkUtil.getBundle(CommandLineApplication.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(SERVICE_TIMEOUT_MILLIS);
            if (service == null) {
                throw new IllegalStateException(missing);
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + type.getSimpleName(), e);
        } finally {
            tracker.close();
        }
    }

    @Override
    public void stop() {
        // a command runs to its end; nothing to interrupt
    }
}
