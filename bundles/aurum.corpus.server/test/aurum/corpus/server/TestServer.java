package aurum.corpus.server;

import aurum.corpus.server.local.LocalPostgres;
import aurum.corpus.server.local.LocalPostgresException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private TestServer() {
    }

    static synchronized LocalPostgres server() {
        if (server == null) {
            try {
                Path data = Files.createTempDirectory("aurum-pg-test");
                server = LocalPostgres.start(data, 0, ADMIN, ADMIN_PASSWORD);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(data)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (LocalPostgresException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return server;
    }

    /** A new database with the current schema; the address logs in as the administrator. */
    static ServerAddress freshDatabase() throws Exception {
        LocalPostgres pg = server();
        ServerAddress admin = new ServerAddress("127.0.0.1", pg.port(), unique("db"), ADMIN);
        ServerAdministration.init(admin, ADMIN_PASSWORD);
        return admin;
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
