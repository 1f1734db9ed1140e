package aurum.app.internal.cli;

import java.io.PrintStream;
import java.util.List;

import org.osgi.framework.FrameworkUtil;

/** {@code aurum version}: the Aurum and Java versions, for bug reports. */
final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String usage() {
        return "version";
    }

    @Override
    public String summary() {
        return "print the Aurum and Java versions";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        var bundle = FrameworkUtil.getBundle(getClass());
        String version = bundle == null ? "(not running in OSGi)" : bundle.getVersion().toString();
        out.println("Aurum " + version + " on Java " + Runtime.version());
        return 0;
    }
}
