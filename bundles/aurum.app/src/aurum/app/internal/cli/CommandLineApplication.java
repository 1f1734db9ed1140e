package aurum.app.internal.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import aurum.export.ExporterRegistry;
import aurum.labels.registry.LabelSetRegistry;
import aurum.labels.registry.RecognizerRegistry;

/**
 * The {@code aurum.app.cli} application: runs one command and returns its exit code, which the Equinox launcher
 * passes to the shell. Nothing may escape {@link #start}: the launcher would log it in a new file and exit 13.
 */
public class CommandLineApplication implements IApplication {

    private static final long SERVICE_TIMEOUT_MILLIS = 10_000;
    /** How many of the framework's own {@code <time>.log} files the configuration area keeps. */
    static final int FRAMEWORK_LOGS_KEPT = 10;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        int code;
        try {
            Path logs = CrashLog.defaultDirectory();
            pruneFrameworkLogs(logs.getParent());
            code = new CommandLine(System.out, System.err, new CommandServices(
                    () -> service(LabelSetRegistry.class, "label-set registry", "aurum.labels"),
                    () -> service(RecognizerRegistry.class, "recognizer registry", "aurum.labels"),
                    () -> service(ExporterRegistry.class, "exporter registry", "aurum.export")), logs).run(args);
        } catch (Throwable t) { // CommandLine.run handles everything; this is the last guard against exit 13
            System.err.println("aurum: internal error while starting the command line; run it again, and report it"
                    + " if it happens again");
            code = CommandLine.INTERNAL;
        }
        System.out.flush();
        System.err.flush();
        return code;
    }

    /**
     * The framework writes a new {@code <millis>.log} file into the configuration area for each failure it logs;
     * keeps the newest {@value #FRAMEWORK_LOGS_KEPT} so that the folder stays bounded.
     */
    static void pruneFrameworkLogs(Path configuration) {
        if (configuration == null || !Files.isDirectory(configuration)) {
            return;
        }
        List<Path> logs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(configuration, "*.log")) {
            for (Path p : entries) {
                if (p.getFileName().toString().matches("\\d+\\.log")) {
                    logs.add(p);
                }
            }
            logs.sort(Comparator.comparing((Path p) -> p.getFileName().toString().length())
                    .thenComparing(p -> p.getFileName().toString()));
            for (int i = 0; i < logs.size() - FRAMEWORK_LOGS_KEPT; i++) {
                Files.deleteIfExists(logs.get(i));
            }
        } catch (IOException | RuntimeException e) {
            // housekeeping only: a command must not fail because an old log could not be deleted
        }
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
