package aurum.app.internal.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

import aurum.labels.registry.LabelSetRegistry;
import picocli.AutoComplete;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code aurum <command> [options]}: parses the arguments with picocli, runs the command and returns its exit
 * code. Every failure ends here as one line on standard error (docs/CLI.md lists the exit codes).
 */
public final class CommandLine {

    /** Exit code: the command did what was asked. */
    public static final int OK = 0;
    /** Exit code: the command ran and found problems (validate, agree without data, failed recognizers). */
    public static final int PROBLEMS = 1;
    /** Exit code for a usage error, unreadable or invalid input, or a file system that refused a write. */
    public static final int USAGE = 2;
    /** Exit code for an internal error (a bug, or out of memory); the details go to a log file. */
    public static final int INTERNAL = 3;

    private static final int RESERVE_BYTES = 4 << 20;

    private final PrintStream out;
    private final PrintStream err;
    private final CommandServices services;
    private final CrashLog log;

    /**
     * @param out       standard output
     * @param err       standard error
     * @param labelSets the label-set registry, looked up when a command needs it
     */
    public CommandLine(PrintStream out, PrintStream err, Supplier<LabelSetRegistry> labelSets) {
        this(out, err, CommandServices.of(labelSets));
    }

    /**
     * @param out      standard output
     * @param err      standard error
     * @param services the services commands look up when they need them
     */
    public CommandLine(PrintStream out, PrintStream err, CommandServices services) {
        this(out, err, services, CrashLog.defaultDirectory());
    }

    /**
     * @param out      standard output
     * @param err      standard error
     * @param services the services commands look up when they need them
     * @param logs     the folder for the log files of internal errors
     */
    public CommandLine(PrintStream out, PrintStream err, CommandServices services, Path logs) {
        this.out = out;
        this.err = err;
        this.services = services;
        this.log = new CrashLog(logs);
    }

    /** The picocli command tree of {@code aurum}, with every sub-command. */
    picocli.CommandLine build(FailureHandler failures) {
        CliContext context = new CliContext(out, err, services);
        picocli.CommandLine cli = new picocli.CommandLine(new AurumCommand(context));
        cli.addSubcommand(new ImportCommand(context));
        cli.addSubcommand(new ListCommand(context));
        cli.addSubcommand(new StatsCommand(context));
        cli.addSubcommand(new ValidateCommand(context));
        cli.addSubcommand(LabelsCommand.withActions(context));
        cli.addSubcommand(new SuggestCommand(context));
        cli.addSubcommand(new AcceptCommand(context));
        cli.addSubcommand(new TrainCommand(context));
        cli.addSubcommand(new ExportCommand(context));
        cli.addSubcommand(new AssignCommand(context));
        cli.addSubcommand(new AgreeCommand(context));
        cli.addSubcommand(new CurateCommand(context));
        cli.addSubcommand(new StateCommand(context));
        cli.addSubcommand(ServerCommand.withActions(context));
        cli.addSubcommand(new TransferCommands.Push(context));
        cli.addSubcommand(new TransferCommands.Pull(context));
        cli.addSubcommand(new VersionCommand(context));
        cli.addSubcommand(new picocli.CommandLine(new CompletionCommand(context)));
        cli.addSubcommand(new picocli.CommandLine.HelpCommand());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        cli.setExpandAtFiles(false); // '@notes.txt' is a file to import, not a file of arguments
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpAutoWidth(true);
        cli.setExecutionExceptionHandler(failures);
        cli.setParameterExceptionHandler(failures);
        headings(cli);
        return cli;
    }

    private static void headings(picocli.CommandLine command) {
        command.getCommandSpec().usageMessage().synopsisHeading("usage: ").optionListHeading("%nOptions:%n")
                .parameterListHeading("%nParameters:%n").commandListHeading("%nCommands:%n");
        command.getSubcommands().values().forEach(CommandLine::headings);
    }

    /**
     * @param args the command line, e.g. {@code list --corpus samples/us-japan-defense}
     * @return the exit code: {@link #OK}, {@link #PROBLEMS}, {@link #USAGE} or {@link #INTERNAL}
     */
    public int run(String... args) {
        byte[] reserve = new byte[RESERVE_BYTES]; // freed on OutOfMemoryError so the report can be written
        FailureHandler failures = new FailureHandler(err, log, args);
        picocli.CommandLine cli = null;
        try {
            cli = build(failures);
            return cli.execute(args);
        } catch (Throwable t) { // Errors pass picocli's handler; none may reach the OSGi launcher (exit 13)
            reserve = null;
            return failures.handle(t, failing(cli));
        } finally {
            out.flush();
            err.flush();
            if (reserve != null && reserve.length == 0) {
                throw new AssertionError(); // keeps the reserve reachable until here
            }
        }
    }

    /** The deepest command the arguments named, for the prefix of the error line. */
    private static CommandSpec failing(picocli.CommandLine cli) {
        if (cli == null) {
            return null;
        }
        ParseResult result = cli.getParseResult();
        if (result == null) {
            return cli.getCommandSpec();
        }
        while (result.hasSubcommand()) {
            result = result.subcommand();
        }
        return result.commandSpec();
    }

    /** {@code aurum completion}: prints a bash/zsh completion script for every command and option. */
    @picocli.CommandLine.Command(name = "completion", description = {
            "Print a bash or zsh completion script for aurum's commands, options and their values.",
            "Use it with: source <(aurum completion)   (or save it in /etc/bash_completion.d/aurum)" })
    static final class CompletionCommand extends CliCommand {

        CompletionCommand(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            picocli.CommandLine root = spec.root().commandLine();
            out().print(AutoComplete.bash(root.getCommandName(), root));
            return OK;
        }
    }
}
