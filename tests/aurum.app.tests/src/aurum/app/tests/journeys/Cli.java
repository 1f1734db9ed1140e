package aurum.app.tests.journeys;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import aurum.app.internal.cli.CommandLine;
import aurum.app.internal.cli.CommandServices;
import aurum.export.ExporterRegistry;
import aurum.labels.registry.LabelSetRegistry;
import aurum.labels.registry.RecognizerRegistry;

/** Runs {@code aurum <command>} in the test's framework, with the installed label sets, recognizers and exporters. */
final class Cli {

    /** What a command printed and returned. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n" + out + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new CommandServices(
                        () -> service(LabelSetRegistry.class), () -> service(RecognizerRegistry.class),
                        () -> service(ExporterRegistry.class))).run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static <S> S service(Class<S> type) {
        BundleContext context = FrameworkUtil.getBundle(Cli.class).getBundleContext();
        return context.getService(context.getServiceReference(type));
    }
}
