package aurum.app.internal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root of the command line: without a command, prints the help and exits with a usage error. */
@Command(name = "aurum", synopsisHeading = "usage: ", customSynopsis = "aurum [<command> [options]]",
        description = { "Aurum, the annotation workbench, from the command line.", "",
                "Without a command, ./aurum opens the workbench (needs a display);",
                "  screenshot FILE.png   opens the workbench, saves a PNG of its window and exits." },
        commandListHeading = "%nCommands (headless, no display needed):%n",
        footerHeading = "%n", footer = { "'aurum <command> --help' shows one command's options.",
                "Exit codes: 0 done, 1 problems found, 2 usage or input error, 3 internal error (docs/CLI.md)." },
        versionProvider = VersionCommand.Provider.class)
final class AurumCommand extends CliCommand {

    @Option(names = { "-V", "--version" }, versionHelp = true, description = "Print the Aurum and Java versions.")
    boolean version;

    AurumCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(err());
        return CommandLine.USAGE;
    }
}
