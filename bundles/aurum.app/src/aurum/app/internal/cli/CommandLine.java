package aurum.app.internal.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import aurum.labels.registry.LabelSetRegistry;

/** Picks the command named by the first argument and runs it; prints the help on request or on error. */
public final class CommandLine {

    /** Exit code for a usage error or unreadable input. */
    public static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintStream out;
    private final PrintStream err;

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
        this.out = out;
        this.err = err;
        for (Command c : List.of(new ImportCommand(), new ListCommand(), new StatsCommand(),
                new ValidateCommand(services.labelSets()), new LabelsCommand(services.labelSets()),
                new SuggestCommand(services.labelSets(), services.recognizers()),
                new ExportCommand(services.exporters()), new AssignCommand(), new AgreeCommand(),
                new CurateCommand(), new VersionCommand())) {
            commands.put(c.name(), c);
        }
    }

    /**
     * @param args the command line, e.g. {@code list --corpus samples/us-japan-defense}
     * @return the exit code
     */
    public int run(String... args) {
        if (args.length == 0 || List.of("--help", "-h", "help").contains(args[0])) {
            printHelp(out);
            return args.length == 0 ? USAGE : 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("aurum: unknown command '" + args[0] + "'. Run 'aurum --help' for the list of commands.");
            return USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help")) {
            out.println("usage: aurum " + command.usage());
            out.println(command.summary());
            return 0;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("aurum " + command.name() + ": " + e.getMessage());
            err.println("usage: aurum " + command.usage());
            return USAGE;
        } catch (Exception e) {
            err.println("aurum " + command.name() + ": " + e.getMessage());
            return USAGE;
        }
    }

    private void printHelp(PrintStream stream) {
        stream.println("usage: aurum [<command> [options]]");
        stream.println();
        stream.println("Without a command, opens the Aurum workbench (needs a display).");
        stream.println("  screenshot FILE.png   open the workbench, save a PNG of its window, exit");
        stream.println();
        stream.println("Commands (headless, no display needed):");
        for (Command c : commands.values()) {
            stream.printf("  %-40s %s%n", c.usage(), c.summary());
        }
        stream.println();
        stream.println("'aurum <command> --help' shows one command's usage.");
    }
}
