package aurum.app.internal.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the command line. */
interface Command {

    /** @return the word that selects this command */
    String name();

    /** @return the usage line shown by {@code aurum --help}, without the leading {@code aurum} */
    String usage();

    /** @return one sentence saying what the command does */
    String summary();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command word
     * @param out  where results go
     * @param err  where errors go
     * @return the process exit code: 0 success, 1 problems found, 2 usage or input error
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
