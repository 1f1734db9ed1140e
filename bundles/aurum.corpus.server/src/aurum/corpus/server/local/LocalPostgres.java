package aurum.corpus.server.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of this machine's installation (Debian's {@code postgresql} package), run from a data
 * folder of its own on a free local port: for trying the team server on one machine and for tests, which
 * need a real database. The data folder is created with {@code initdb} on first start, with password
 * (SCRAM) authentication and only {@code 127.0.0.1} listening. PostgreSQL refuses to run as root, so when
 * this process is root the server runs as the user {@code nobody}, who then owns the data folder.
 *
 * <p>Not a production setup: docs/TEAM-SERVER.md says how to run a real server.
 */
public final class LocalPostgres implements AutoCloseable {

    /** The user the server runs as when this process is root. */
    static final String UNPRIVILEGED_USER = "nobody";

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final String superuser;
    private final boolean throwaway;
    private volatile boolean running;
    private final Thread shutdownHook;

    private LocalPostgres(Path bin, Path dataDir, int port, String superuser, boolean throwaway) {
        this.throwaway = throwaway;
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.superuser = superuser;
        this.shutdownHook = new Thread(this::stopQuietly, "stop local PostgreSQL");
    }

    /**
     * Starts a server on {@code dataDir}, creating the cluster first when the folder holds none (then with
     * {@code superuser} and {@code password} as its first role).
     *
     * @param port the TCP port on 127.0.0.1, or 0 for a free one
     * @throws LocalPostgresException when PostgreSQL is not installed, the folder cannot be used or the
     *         server does not start; the message says what to do and quotes the server's log
     */
    public static LocalPostgres start(Path dataDir, int port, String superuser, char[] password)
            throws LocalPostgresException {
        return start(dataDir, port, superuser, password, false);
    }

    /**
     * A server for tests and benchmarks whose data may be lost: it does not flush to disk
     * ({@code fsync=off}, {@code synchronous_commit=off}) and stops without a checkpoint. Never for real work.
     */
    public static LocalPostgres startThrowaway(Path dataDir, String superuser, char[] password) throws LocalPostgresException {
        return start(dataDir, 0, superuser, password, true);
    }

    private static LocalPostgres start(Path dataDir, int port, String superuser, char[] password, boolean throwaway)
            throws LocalPostgresException {
        Path bin = findBinaries().orElseThrow(() -> new LocalPostgresException("PostgreSQL is not installed:"
                + " no initdb and pg_ctl under /usr/lib/postgresql/*/bin or on the PATH. Install the server with"
                + " 'apt-get install postgresql' (Debian, Ubuntu), or set AURUM_PG_BIN to the folder holding pg_ctl."));
        Path data = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(data);
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                initialise(bin, data, superuser, password);
            }
            int chosen = port == 0 ? freePort() : port;
            LocalPostgres server = new LocalPostgres(bin, data, chosen, superuser, throwaway);
            server.run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    data.resolve("server.log").toString(), "-w", "-t", "60", "-o", options(chosen, throwaway), "start"),
                    "start PostgreSQL");
            server.running = true;
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            return server;
        } catch (IOException e) {
            throw new LocalPostgresException("Cannot use the data folder " + data + ": " + e.getMessage(), e);
        }
    }

    /** The folder of {@code initdb} and {@code pg_ctl}: {@code AURUM_PG_BIN}, the newest Debian install, or the PATH. */
    public static Optional<Path> findBinaries() {
        String configured = System.getenv("AURUM_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(LocalPostgres::hasTools);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin")).filter(LocalPostgres::hasTools)
                        .max(Comparator.comparingInt(LocalPostgres::majorVersion));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // fall through to the PATH
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && hasTools(Path.of(dir))) {
                return Optional.of(Path.of(dir));
            }
        }
        return Optional.empty();
    }

    private static boolean hasTools(Path dir) {
        return Files.isExecutable(dir.resolve("pg_ctl")) && Files.isExecutable(dir.resolve("initdb"));
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void initialise(Path bin, Path data, String superuser, char[] password) throws IOException,
            LocalPostgresException {
        try (Stream<Path> existing = Files.list(data)) {
            if (existing.findAny().isPresent()) {
                throw new LocalPostgresException("The data folder " + data + " holds files but no PostgreSQL cluster"
                        + " (no PG_VERSION): give an empty or new folder.");
            }
        }
        Path work = Files.createTempDirectory("aurum-initdb");
        Path pwfile = work.resolve("password");
        try {
            Files.writeString(pwfile, new String(password) + "\n", StandardCharsets.UTF_8);
            if (isRoot()) {
                handOver(data);
                handOver(work);
            }
            runAs(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "--username=" + superuser,
                    "--pwfile=" + pwfile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"),
                    "initialise a PostgreSQL cluster in " + data, work.resolve("initdb.log"));
        } finally {
            try (Stream<Path> files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(work);
        }
        Path conf = data.resolve("postgresql.auto.conf");
        Files.writeString(conf, String.join("\n",
                "# written by Aurum's LocalPostgres: a server for trying Aurum and for tests, local connections only",
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = ''",
                "max_connections = 200",
                ""), StandardCharsets.UTF_8);
        if (isRoot()) {
            handOver(conf);
        }
    }

    /** The TCP port the server listens on (127.0.0.1). */
    public int port() {
        return port;
    }

    /** The data folder. */
    public Path dataDirectory() {
        return dataDir;
    }

    /** The role created with the cluster. */
    public String superuser() {
        return superuser;
    }

    /** A JDBC URL for {@code database} on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The address in Aurum's {@code postgresql://user@host:port/database} form. */
    public String address(String user, String database) {
        return "postgresql://" + user + "@127.0.0.1:" + port + "/" + database;
    }

    /** Stops the server (fast shutdown: open sessions are ended, committed data is kept). */
    @Override
    public void close() throws LocalPostgresException {
        if (!running) {
            return;
        }
        running = false;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", throwaway ? "immediate" : "fast",
                "-w", "-t", "60", "stop"), "stop PostgreSQL");
    }

    /**
     * Stops the server as a crash would: {@code pg_ctl stop -m immediate} ends every process at once, without a
     * checkpoint, so the next start recovers from the write-ahead log. For durability tests; {@link #restart}
     * starts it again.
     */
    public void crash() throws LocalPostgresException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "-w", "-t", "60",
                "stop"), "stop PostgreSQL at once");
    }

    /** Starts the server again after {@link #crash}, on the same port, waiting until it takes connections. */
    public void restart() throws LocalPostgresException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l", dataDir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", options(port, throwaway), "start"), "start PostgreSQL again");
    }

    private static String options(int port, boolean throwaway) {
        return "-p " + port + (throwaway ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "");
    }

    private void stopQuietly() {
        try {
            close();
        } catch (LocalPostgresException e) {
            System.err.println(e.getMessage());
        }
    }

    private void run(List<String> command, String what) throws LocalPostgresException {
        runAs(command, what, dataDir.resolve("pg_ctl.log"));
    }

    private static void runAs(List<String> command, String what, Path log) throws LocalPostgresException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new LocalPostgresException("Could not " + what + " within 2 minutes; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new LocalPostgresException("Could not " + what + " (exit code " + process.exitValue() + "): "
                        + tail(log) + tail(log.resolveSibling("server.log")));
            }
        } catch (IOException e) {
            throw new LocalPostgresException("Could not " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalPostgresException("Interrupted while waiting to " + what, e);
        }
    }

    private static String tail(Path log) {
        try {
            if (!Files.exists(log)) {
                return "";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n  " + log + ":\n    "
                    + String.join("\n    ", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Gives a file or folder to {@link #UNPRIVILEGED_USER}, checking that they can reach it. */
    private static void handOver(Path path) throws LocalPostgresException {
        runChecked(List.of("chown", "-R", UNPRIVILEGED_USER, path.toString()), "give " + path + " to " + UNPRIVILEGED_USER);
        try {
            Process reach = new ProcessBuilder("runuser", "-u", UNPRIVILEGED_USER, "--", "test", "-r", path.toString())
                    .redirectErrorStream(true).start();
            if (reach.waitFor() != 0) {
                throw new LocalPostgresException("PostgreSQL refuses to run as root, so it runs as '" + UNPRIVILEGED_USER
                        + "', who cannot reach " + path + " (a folder above it is private, e.g. /root)."
                        + " Put the data folder somewhere every user can reach, such as /var/tmp/aurum-server or /srv.");
            }
        } catch (IOException e) {
            throw new LocalPostgresException("Cannot check access to " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalPostgresException("Interrupted", e);
        }
    }

    private static void runChecked(List<String> command, String what) throws LocalPostgresException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new LocalPostgresException("Could not " + what + ": " + output.strip());
            }
        } catch (IOException e) {
            throw new LocalPostgresException("Could not " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalPostgresException("Interrupted", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
