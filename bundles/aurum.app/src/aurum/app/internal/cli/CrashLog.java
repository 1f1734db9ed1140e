package aurum.app.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The log files of failed commands: one file per internal error with the command line, the versions, the
 * heap and the stack trace, so that the user sees one line and a bug report has everything. The folder keeps
 * the newest {@value #KEEP} files; older ones are deleted when a new one is written.
 */
final class CrashLog {

    /** How many log files the folder keeps. */
    static final int KEEP = 20;
    static final String PREFIX = "aurum-cli-";
    static final String SUFFIX = ".log";

    private final Path directory;

    CrashLog(Path directory) {
        this.directory = directory;
    }

    /**
     * The folder for logs: {@code logs} in the OSGi configuration area (the workspace's {@code .configuration}
     * when started by {@code ./aurum}), else {@code ~/.aurum/logs}.
     */
    static Path defaultDirectory() {
        String area = System.getProperty("osgi.configuration.area");
        if (area != null && area.startsWith("file:")) {
            try {
                return Path.of(URI.create(area.replace(" ", "%20"))).resolve("logs");
            } catch (IllegalArgumentException e) {
                // not a plain file URL: fall back to the home folder
            }
        }
        return homeDirectory();
    }

    /** {@code ~/.aurum/logs}: where logs go when the configuration area cannot be written. */
    static Path homeDirectory() {
        return Path.of(System.getProperty("user.home"), ".aurum", "logs");
    }

    Path directory() {
        return directory;
    }

    /**
     * Writes one log file and deletes the oldest beyond {@link #KEEP}.
     *
     * @return the file written
     * @throws IOException if the folder or file cannot be written
     */
    Path write(String[] args, Throwable failure) throws IOException {
        Files.createDirectories(directory);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT));
        Path file = directory.resolve(PREFIX + stamp + "-" + ProcessHandle.current().pid() + SUFFIX);
        StringWriter text = new StringWriter();
        PrintWriter w = new PrintWriter(text);
        w.println("aurum " + String.join(" ", args));
        w.println("time: " + LocalDateTime.now());
        w.println("java: " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
        w.println("os: " + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        w.println("heap: max " + megabytes(Runtime.getRuntime().maxMemory()) + " MB");
        w.println();
        failure.printStackTrace(w);
        w.flush();
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        prune();
        return file;
    }

    /** Deletes the oldest log files beyond {@link #KEEP}; names sort by time. */
    void prune() throws IOException {
        List<Path> logs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX)) {
            entries.forEach(logs::add);
        }
        logs.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (int i = 0; i < logs.size() - KEEP; i++) {
            Files.deleteIfExists(logs.get(i));
        }
    }

    static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
