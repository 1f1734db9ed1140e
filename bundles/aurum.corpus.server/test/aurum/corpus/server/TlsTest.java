package aurum.corpus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import aurum.corpus.server.local.LocalPostgres;
import aurum.corpus.store.CorpusStoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients connecting over TLS to a real PostgreSQL with {@code ssl=on} and a certificate for {@code localhost}
 * signed by a throwaway CA (made with openssl), which accepts only TLS logins ({@code hostssl} in pg_hba.conf).
 * One server for the class; the shared {@link TestServer} stands for a server without TLS.
 */
class TlsTest {

    private static final Path OPENSSL = Path.of("/usr/bin/openssl");

    private static Path work;
    private static LocalPostgres server;
    private static Path ca;
    private static Path otherCa;

    @BeforeAll
    static void startServerWithTls() throws Exception {
        assumeTrue(Files.isExecutable(OPENSSL), "openssl is not installed at " + OPENSSL);
        work = Files.createTempDirectory("aurum-tls-test");
        // the data folder goes inside: the server's user ('nobody' when we are root) must reach it
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        ca = certificateAuthority("ca", "Aurum test CA");
        otherCa = certificateAuthority("other-ca", "Another CA");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost");
        Files.writeString(work.resolve("server.ext"), "subjectAltName=DNS:localhost\n", StandardCharsets.UTF_8);
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2",
                "-extfile", "server.ext", "-out", "server.crt");

        server = LocalPostgres.startThrowaway(work.resolve("data"), TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        Path data = server.dataDirectory();
        // the server reads its key only when the key is private to the server's user ('nobody' when we are root)
        Path key = Files.copy(work.resolve("server.key"), data.resolve("server.key"));
        Path certificate = Files.copy(work.resolve("server.crt"), data.resolve("server.crt"));
        for (Path file : List.of(key, certificate)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            Files.setOwner(file, Files.getOwner(data));
        }
        Files.writeString(data.resolve("pg_hba.conf"), "hostssl all all 127.0.0.1/32 scram-sha-256\n", StandardCharsets.UTF_8);
        try (Connection c = new ServerAddress("127.0.0.1", server.port(), "postgres", TestServer.ADMIN)
                .dataSource(TestServer.ADMIN_PASSWORD).getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER SYSTEM SET ssl_cert_file = '" + certificate + "'");
            s.execute("ALTER SYSTEM SET ssl_key_file = '" + key + "'");
            s.execute("ALTER SYSTEM SET ssl = on");
        }
        // a restart rather than pg_reload_conf(): it returns once the server takes connections with the new settings
        server.crash();
        server.restart();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void verifyFullWithTheServersCaConnectsEncrypted() throws Exception {
        ServerAddress address = ServerAddress.parse("postgresql://" + TestServer.ADMIN + "@localhost:" + server.port()
                + "/postgres?sslmode=verify-full&sslrootcert=" + ca);
        try (TeamServer team = TeamServer.connect(address, TestServer.ADMIN_PASSWORD, 1);
                Connection c = team.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertTrue(r.next());
            assertTrue(r.getBoolean(1), "the connection is encrypted");
        }
    }

    @Test
    void verifyFullWithAnotherCaIsRefusedInOneLine() {
        String message = refusal(new ServerAddress("localhost", server.port(), "postgres", TestServer.ADMIN,
                ServerAddress.Tls.verifyFull(otherCa.toString())));
        assertTrue(message.contains("did not prove who it is"), message);
        assertTrue(message.contains(otherCa.toString()), message);
    }

    @Test
    void verifyFullToTheIpAddressIsRefusedBecauseTheCertificateNamesOnlyLocalhost() {
        String message = refusal(new ServerAddress("127.0.0.1", server.port(), "postgres", TestServer.ADMIN,
                ServerAddress.Tls.verifyFull(ca.toString())));
        assertTrue(message.contains("does not name '127.0.0.1'"), message);
    }

    @Test
    void verifyCaToTheIpAddressConnectsForItChecksOnlyTheCa() throws Exception {
        ServerAddress address = new ServerAddress("127.0.0.1", server.port(), "postgres", TestServer.ADMIN,
                new ServerAddress.Tls(ServerAddress.SslMode.VERIFY_CA, ca.toString()));
        try (TeamServer team = TeamServer.connect(address, TestServer.ADMIN_PASSWORD, 1)) {
            assertEquals(TestServer.ADMIN, team.user());
        }
    }

    @Test
    void withoutTlsTheServerRefusesTheLoginAndSaysItWantsEncryption() {
        String message = refusal(new ServerAddress("localhost", server.port(), "postgres", TestServer.ADMIN,
                new ServerAddress.Tls(ServerAddress.SslMode.DISABLE, null)));
        assertTrue(message.contains("accepts only encrypted connections"), message);
    }

    @Test
    void verifyFullToAServerWithoutTlsIsRefusedInOneLine() {
        LocalPostgres plain = TestServer.server();
        String message = refusal(new ServerAddress("localhost", plain.port(), "postgres", TestServer.ADMIN,
                ServerAddress.Tls.verifyFull(ca.toString())));
        assertTrue(message.contains("does not offer TLS"), message);
    }

    @Test
    void aMissingCaFileIsNamed() {
        Path missing = work.resolve("no-such-ca.pem");
        String message = refusal(new ServerAddress("localhost", server.port(), "postgres", TestServer.ADMIN,
                ServerAddress.Tls.verifyFull(missing.toString())));
        assertTrue(message.contains("Cannot read the CA file " + missing), message);
    }

    /** The message of the login's refusal, checked to be one line without the driver's text. */
    private static String refusal(ServerAddress address) {
        CorpusStoreException e = assertThrows(CorpusStoreException.class,
                () -> TeamServer.connect(address, TestServer.ADMIN_PASSWORD, 1).close());
        String message = e.getMessage();
        assertFalse(message.contains("\n"), message);
        assertFalse(message.contains("SSL error") || message.contains("javax.") || message.contains("PSQLException")
                || message.contains("SQLSTATE"), message);
        return message;
    }

    private static Path certificateAuthority(String name, String commonName) throws Exception {
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out", name + ".pem", "-days", "2",
                "-subj", "/CN=" + commonName);
        return work.resolve(name + ".pem");
    }

    private static void openssl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(OPENSSL.toString()));
        command.addAll(List.of(arguments));
        Path log = work.resolve("openssl.log");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "openssl did not finish");
        assertEquals(0, process.exitValue(), () -> "openssl " + String.join(" ", arguments) + " failed: " + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
