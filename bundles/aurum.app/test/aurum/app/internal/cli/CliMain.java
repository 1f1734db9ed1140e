package aurum.app.internal.cli;

import java.nio.file.Path;
import java.util.List;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;

/** The command line in a process of its own, without OSGi, for tests that kill it. */
public final class CliMain {

    private CliMain() {
    }

    public static void main(String[] args) {
        LabelSet news = new LabelSet("news", "News", "2.0.0", List.of(LabelDefinition.of("AMOUNT", "Amount")));
        System.exit(new CommandLine(System.out, System.err, CommandServices.of(() -> () -> List.of(news)),
                Path.of(System.getProperty("java.io.tmpdir"), "aurum-test-logs")).run(args));
    }

    /** The command line to start {@link #main} with {@code args} in a new JVM. */
    static List<String> command(String... args) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", classPath, CliMain.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
