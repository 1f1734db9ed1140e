package aurum.app.internal.cli;

import java.io.PrintStream;

/**
 * What every command runs with: where results and messages go, and the services it may look up.
 *
 * @param out      standard output: results
 * @param err      standard error: progress, warnings and errors
 * @param services the OSGi services, each looked up only when a command needs it
 */
record CliContext(PrintStream out, PrintStream err, CommandServices services) {
}
