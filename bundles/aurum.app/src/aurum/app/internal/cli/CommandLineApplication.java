package aurum.app.internal.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import aurum.labels.registry.LabelSetRegistry;

/** The {@code aurum.app.cli} application: runs one command and exits with its code. */
public class CommandLineApplication implements IApplication {

    private static final long SERVICE_TIMEOUT_MILLIS = 10_000;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        int code = new CommandLine(System.out, System.err, CommandLineApplication::labelSetRegistry).run(args);
        System.out.flush();
        return code;
    }

    private static LabelSetRegistry labelSetRegistry() {
        BundleContext context = FrameworkUtil.getBundle(CommandLineApplication.class).getBundleContext();
        ServiceTracker<LabelSetRegistry, LabelSetRegistry> tracker = new ServiceTracker<>(context,
                LabelSetRegistry.class, null);
        tracker.open();
        try {
            LabelSetRegistry registry = tracker.waitForService(SERVICE_TIMEOUT_MILLIS);
            if (registry == null) {
                throw new IllegalStateException("the label-set registry did not start; is bundle aurum.labels installed?");
            }
            return registry;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the label-set registry", e);
        } finally {
            tracker.close();
        }
    }

    @Override
    public void stop() {
        // a command runs to its end; nothing to interrupt
    }
}
