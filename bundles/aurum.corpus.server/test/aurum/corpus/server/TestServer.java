package aurum.corpus.server;

import aurum.corpus.server.local.LocalPostgres;
import aurum.corpus.server.local.LocalPostgresException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The real PostgreSQL the tests run against: one server per test JVM, started on first use from this
 * machine's installation in a fresh temporary folder on a free port, stopped and deleted when the JVM exits.
 * Each test gets its own database ({@link #freshDatabase}); people (roles) belong to the whole server, so
 * tests name them with {@link #unique}.
 */
final class TestServer {

    static final String ADMIN = "aurum_test_admin";
    static final char[] ADMIN_PASSWORD = "admin-password-for-tests".toCharArray();
    static final char[] PASSWORD = "a-password-for-tests".toCharArray();

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static LocalPostgres server;
    private static String template;

    private TestServer() {
    }

    static synchronized LocalPostgres server() {
        if (server == null) {
            try {
                Path data = Files.createTempDirectory("aurum-pg-test");
                server = LocalPostgres.startThrowaway(data, ADMIN, ADMIN_PASSWORD);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(data)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (LocalPostgresException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return server;
    }

    /**
     * A new database with the current schema; the address logs in as the administrator. The first is made by
     * {@code aurum server init}'s code, the others are copies of it (much faster than migrating each).
     */
    static synchronized ServerAddress freshDatabase() throws Exception {
        LocalPostgres pg = server();
        if (template == null) {
            ServerAddress first = new ServerAddress("127.0.0.1", pg.port(), unique("template"), ADMIN);
            ServerAdministration.init(first, ADMIN_PASSWORD);
            template = first.database();
        }
        String name = unique("db");
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), ADMIN, new String(ADMIN_PASSWORD));
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        }
        return new ServerAddress("127.0.0.1", pg.port(), name, ADMIN);
    }

    /** A name no other test in this JVM uses, e.g. {@code alice_7}. */
    static String unique(String stem) {
        return stem + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    }

    private static void deleteTree(Path root) {
        // the server is stopped by LocalPostgres's own shutdown hook; hooks run concurrently, so wait a little
        for (int attempt = 0; attempt < 50 && Files.exists(root.resolve("postmaster.pid")); attempt++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a temporary folder
        }
    }
}
