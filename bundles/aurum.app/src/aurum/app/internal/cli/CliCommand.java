package aurum.app.internal.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A sub-command of {@code aurum}: picocli fills its {@code @Option} fields, {@link #call} returns the exit
 * code ({@link CommandLine#OK}, {@link CommandLine#PROBLEMS}) and throws for the rest, which
 * {@link FailureHandler} turns into one line on standard error and exit code 2 or 3.
 */
abstract class CliCommand implements Callable<Integer> {

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    final CliContext context;

    CliCommand(CliContext context) {
        this.context = context;
    }

    PrintStream out() {
        return context.out();
    }

    PrintStream err() {
        return context.err();
    }

    /** The command's name as typed, e.g. {@code labels rename}. */
    String name() {
        return spec.qualifiedName(" ").replaceFirst("^aurum ", "");
    }
}
