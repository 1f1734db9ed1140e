package aurum.app.tests.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;

import aurum.corpus.server.CorpusTransfer;
import aurum.corpus.server.ServerAddress;
import aurum.corpus.server.ServerAdministration;
import aurum.corpus.server.ServerRole;
import aurum.corpus.server.TeamServer;
import aurum.corpus.server.local.LocalPostgres;
import aurum.corpus.store.CorpusStore;

/**
 * A throwaway team server for UI tests: a real PostgreSQL from the Debian package's binaries in a temporary
 * folder, Aurum's schema, the lead {@code lena} and the annotators {@code alice} and {@code bob}, and the sample
 * corpus pushed as {@value #CORPUS}. Tests are skipped where the binaries are missing.
 */
public final class TeamServerFixture implements AutoCloseable {

    /** The server corpus the sample is pushed as. */
    public static final String CORPUS = "samples";

    private static final char[] ADMIN = "ui-admin-secret".toCharArray();
    private static final Map<String, String> PASSWORDS = Map.of(
            "lena", "lena-secret", "alice", "alice-secret-42", "bob", "bob-secret");

    private final Path data;
    private final LocalPostgres postgres;
    private final ServerAddress admin;

    private TeamServerFixture(Path data, LocalPostgres postgres, ServerAddress admin) {
        this.data = data;
        this.postgres = postgres;
        this.admin = admin;
    }

    /** Starts the server, adds the people and pushes the sample corpus. */
    public static TeamServerFixture start() throws Exception {
        Assumptions.assumeTrue(LocalPostgres.findBinaries().isPresent(), "skipped: no PostgreSQL binaries"
                + " (/usr/lib/postgresql/*/bin/pg_ctl); install the Debian package postgresql to run the team-server UI test");
        // not under /root or a JUnit @TempDir: the server runs as 'nobody' when the build runs as root
        Path data = Files.createTempDirectory("aurum-ui-pg");
        LocalPostgres postgres = LocalPostgres.startThrowaway(data, "ui_admin", ADMIN);
        TeamServerFixture fixture = new TeamServerFixture(data, postgres,
                new ServerAddress("127.0.0.1", postgres.port(), "aurum", "ui_admin"));
        ServerAdministration.init(fixture.admin, ADMIN);
        try (TeamServer server = TeamServer.connect(fixture.admin, ADMIN, 2)) {
            ServerAdministration.addPerson(server, "lena", ServerRole.LEAD, password("lena"));
            ServerAdministration.addPerson(server, "alice", ServerRole.ANNOTATOR, password("alice"));
            ServerAdministration.addPerson(server, "bob", ServerRole.ANNOTATOR, password("bob"));
        }
        CorpusStore sample = SampleStore.create();
        try (TeamServer lead = TeamServer.connect(fixture.user("lena"), password("lena"), 1)) {
            CorpusTransfer.push(sample, lead, CORPUS, line -> { });
        }
        return fixture;
    }

    /** The password of {@code lena}, {@code alice} or {@code bob}, a new array each time. */
    public static char[] password(String person) {
        return PASSWORDS.get(person).toCharArray();
    }

    /** The server's address with {@code person} as the login. */
    public ServerAddress user(String person) {
        return admin.withUser(person);
    }

    /** The server's address as the administrator. */
    public ServerAddress admin() {
        return admin;
    }

    /** The port the server listens on (127.0.0.1). */
    public int port() {
        return postgres.port();
    }

    /** The running server, to stop and start it in tests of an outage. */
    public LocalPostgres postgres() {
        return postgres;
    }

    @Override
    public void close() throws Exception {
        postgres.close();
        delete(data);
    }

    public static void delete(Path dir) throws Exception {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Path screenshots() {
        return Path.of(System.getProperty("aurum.screenshots", "target/screenshots"));
    }

    /** A PNG of the shell's client area in the screenshots folder. */
    public static void screenshot(Shell shell, String name) throws Exception {
        aurum.app.tests.export.Widgets.screenshot(shell, screenshots().resolve(name));
    }
}
