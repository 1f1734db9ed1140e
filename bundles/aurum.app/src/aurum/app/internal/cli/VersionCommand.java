package aurum.app.internal.cli;

import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code aurum version} (and {@code aurum --version}): the Aurum and Java versions, for bug reports. */
@Command(name = "version", description = "Print the Aurum and Java versions.")
final class VersionCommand extends CliCommand {

    VersionCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        out().println(line());
        return CommandLine.OK;
    }

    static String line() {
        var bundle = FrameworkUtil.getBundle(VersionCommand.class);
        String version = bundle == null ? "(not running in OSGi)" : bundle.getVersion().toString();
        return "Aurum " + version + " on Java " + Runtime.version();
    }

    /** The version line for {@code aurum --version}. */
    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] { line() };
        }
    }
}
