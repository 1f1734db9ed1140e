package aurum.app.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns whatever a command throws into one line on standard error and an exit code (docs/CLI.md):
 * wrong arguments and bad input give {@link CommandLine#USAGE} with a message that says what to do; anything
 * else is a bug, {@link CommandLine#INTERNAL}, with the stack trace in a {@link CrashLog} file whose path the
 * line gives. No Java exception text reaches the user.
 */
final class FailureHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final PrintStream err;
    private final CrashLog log;
    private final String[] args;

    FailureHandler(PrintStream err, CrashLog log, String[] args) {
        this.err = err;
        this.log = log;
        this.args = args;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] arguments) {
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException unmatched && spec.parent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + unmatched.getUnmatched().get(0) + "'";
        }
        err.println(prefix(spec) + message);
        if (ex instanceof UnmatchedArgumentException unmatched) {
            UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        usage(spec);
        return CommandLine.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, picocli.CommandLine commandLine, ParseResult parseResult) {
        return handle(ex, commandLine.getCommandSpec());
    }

    /** Handles a failure of the command {@code spec} (or of the command line itself when it is null). */
    int handle(Throwable failure, CommandSpec spec) {
        Throwable t = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        if (t instanceof UsageException) {
            err.println(prefix(spec) + t.getMessage());
            usage(spec);
            return CommandLine.USAGE;
        }
        OutOfMemoryError oom = find(t, OutOfMemoryError.class);
        if (oom != null) {
            return outOfMemory(oom, spec);
        }
        if (t instanceof FileSystemException fs) {
            err.println(prefix(spec) + describe(fs));
            return CommandLine.USAGE;
        }
        if (t instanceof IOException || isAurumChecked(t)) {
            // the store, importers and exporters say what is wrong and what to do in their messages
            err.println(prefix(spec) + (t.getMessage() == null ? "input or output failed" : t.getMessage()));
            return CommandLine.USAGE;
        }
        return internal(t, spec);
    }

    private int internal(Throwable t, CommandSpec spec) {
        String where = where(t);
        String logged = logged(t);
        err.println(prefix(spec) + "internal error" + (where.isEmpty() ? "" : " in " + where)
                + ", a bug in Aurum; " + logged + "; please report it with that file");
        return CommandLine.INTERNAL;
    }

    private int outOfMemory(OutOfMemoryError oom, CommandSpec spec) {
        long heap = CrashLog.megabytes(Runtime.getRuntime().maxMemory());
        long more = Math.max(2, (heap * 2 + 1023) / 1024);
        String logged = logged(oom);
        err.println(prefix(spec) + "out of memory: the Java heap of " + heap + " MB was full. Give Aurum more, e.g."
                + " AURUM_VMARGS=-Xmx" + more + "g aurum " + String.join(" ", args) + " (" + logged + ")");
        return CommandLine.INTERNAL;
    }

    private String logged(Throwable t) {
        try {
            return "the details are in " + log.write(args, t);
        } catch (IOException | RuntimeException e) {
            // e.g. a product installed read-only: its configuration area cannot be written
            try {
                return "the details are in " + new CrashLog(CrashLog.homeDirectory()).write(args, t);
            } catch (IOException | RuntimeException again) {
                t.printStackTrace(err);
                return "the details are above (no log could be written in " + log.directory() + ")";
            }
        }
    }

    /** The first frame of Aurum's own code, e.g. {@code ImportIntoStore.accept}: where the bug is. */
    private static String where(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("aurum.")) {
                String cls = e.getClassName();
                return cls.substring(cls.lastIndexOf('.') + 1) + "." + e.getMethodName();
            }
        }
        return "";
    }

    private static boolean isAurumChecked(Throwable t) {
        return !(t instanceof RuntimeException) && !(t instanceof Error) && t.getClass().getName().startsWith("aurum.");
    }

    static String describe(FileSystemException e) {
        String file = e.getFile() == null ? "" : e.getFile();
        String reason = e.getReason() == null ? "" : e.getReason();
        if (reason.toLowerCase(Locale.ROOT).contains("no space left")) {
            return "the disk is full (no space left writing " + file + "); free some space and run the command again";
        }
        if (e instanceof NoSuchFileException) {
            return file + ": no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return file + ": permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return file + ": not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return file + ": already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return file + ": folder is not empty";
        }
        return file + (e.getOtherFile() == null ? "" : " -> " + e.getOtherFile()) + ": "
                + (reason.isEmpty() ? "file system error" : reason);
    }

    /** A failure in a few words, for a message about something else (a rollback that failed too). */
    static String describeBriefly(Throwable t) {
        if (t instanceof FileSystemException fs) {
            return describe(fs);
        }
        return t.getMessage() != null && !(t instanceof RuntimeException) ? t.getMessage() : "an internal error";
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String prefix(CommandSpec spec) {
        return spec == null ? "aurum: " : spec.qualifiedName(" ") + ": ";
    }

    private void usage(CommandSpec spec) {
        if (spec == null) {
            return;
        }
        String heading = "usage: ";
        err.print(heading + new picocli.CommandLine.Help(spec).synopsis(heading.length()));
        err.println("Run '" + spec.qualifiedName(" ") + " --help' for more.");
    }
}
