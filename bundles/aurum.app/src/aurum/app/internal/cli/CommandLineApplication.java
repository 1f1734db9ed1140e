package aurum.app.internal.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The {@code aurum.app.cli} application: runs one command and exits with its code. */
public class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        int code = new CommandLine(System.out, System.err).run(args);
        System.out.flush();
        return code;
    }

    @Override
    public void stop() {
        // a command runs to its end; nothing to interrupt
    }
}
