package aurum.app.internal.selfcheck;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import aurum.app.internal.workbench.AurumWorkbenchApplication;

/**
 * The {@code aurum.app.selfcheck} application ({@code aurum-product selfcheck}): starts the workbench application
 * itself, with the arguments it was given ({@code -corpus}, …), walks a document through it
 * ({@link DocumentJourney}) and exits 0 only when every step worked and the session logged no error, 1
 * otherwise; {@code -selfcheck FILE} also writes the report there. A watchdog ends a check that hangs (a modal
 * dialog, a dead lock) with exit code 2 after {@value #WATCHDOG_SECONDS} s. The product build runs it on the
 * archive it made (releng/aurum.product/selfcheck.sh).
 */
public class SelfCheckApplication implements IApplication {

    static final int WATCHDOG_SECONDS = 180;
    private static final Integer FAILED = 1;
    private static final int HUNG = 2;

    private final AurumWorkbenchApplication workbench = new AurumWorkbenchApplication();

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        Path resultFile = resultFile(args);
        SelfCheckReport report = new SelfCheckReport();
        new DocumentJourney(report).start();
        Thread watchdog = watchdog(report, resultFile);
        try {
            workbench.start(context);
        } catch (Exception | LinkageError e) {
            report.failed("the workbench runs", String.valueOf(e));
        }
        watchdog.interrupt();
        report.loggedErrors(LoggedErrors.in(logFile()));
        report.write(resultFile);
        return report.passed() ? EXIT_OK : FAILED;
    }

    @Override
    public void stop() {
        workbench.stop();
    }

    private static Path resultFile(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("-selfcheck")) {
                return Path.of(args[i + 1]);
            }
        }
        return null;
    }

    private static Path logFile() {
        return Platform.getLogFileLocation() == null ? null : Platform.getLogFileLocation().toPath();
    }

    private static Thread watchdog(SelfCheckReport report, Path resultFile) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(WATCHDOG_SECONDS * 1000L);
            } catch (InterruptedException e) {
                return; // the check ended in time
            }
            try {
                report.failed("the check ends", "still running after " + WATCHDOG_SECONDS + " s; stopped");
                report.loggedErrors(LoggedErrors.in(logFile()));
                report.write(resultFile);
            } catch (Exception e) {
                System.err.println("aurum selfcheck: cannot write the report: " + e.getMessage());
            }
            Runtime.getRuntime().halt(HUNG);
        }, "Aurum self-check watchdog");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
