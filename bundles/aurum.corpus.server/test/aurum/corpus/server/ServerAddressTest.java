package aurum.corpus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.corpus.server.ServerAddress.SslMode;
import aurum.corpus.server.ServerAddress.Tls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and writing addresses, with and without TLS settings. */
class ServerAddressTest {

    @Test
    void anAddressWithoutQueryHasTheDriversDefaultPreferAndPrintsNoQuery() {
        ServerAddress address = ServerAddress.parse("postgresql://alice@db.example.org/aurum");
        assertEquals(Tls.DEFAULT, address.tls());
        assertEquals(SslMode.PREFER, address.tls().mode());
        assertEquals("postgresql://alice@db.example.org:5432/aurum", address.toString());
        assertEquals(new ServerAddress("db.example.org", 5432, "aurum", "alice"), address);
    }

    @Test
    void verifyFullWithACaFileIsReadAndRoundTrips() {
        ServerAddress address = ServerAddress.parse(
                "postgresql://alice@db.example.org/aurum?sslmode=verify-full&sslrootcert=/etc/aurum/ca.pem");
        assertEquals(SslMode.VERIFY_FULL, address.tls().mode());
        assertEquals("/etc/aurum/ca.pem", address.tls().rootCert());
        assertEquals("postgresql://alice@db.example.org:5432/aurum?sslmode=verify-full&sslrootcert=/etc/aurum/ca.pem",
                address.toString());
        assertEquals(address, ServerAddress.parse(address.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "disable", "allow", "prefer", "require", "verify-ca", "verify-full" })
    void everyModeRoundTrips(String mode) {
        ServerAddress address = ServerAddress.parse("postgresql://bob@10.0.0.7:6543/team?sslmode=" + mode);
        assertEquals(mode, address.tls().mode().value());
        assertEquals(address, ServerAddress.parse(address.toString()));
        assertEquals(mode.equals("prefer"), !address.toString().contains("?"), address.toString());
    }

    @Test
    void aCaFileWithSpacesAndNonAsciiLettersRoundTrips() {
        ServerAddress address = new ServerAddress("db", 5432, "aurum", "alice")
                .withTls(Tls.verifyFull("/home/zoë/my certs/ca+root.pem"));
        String text = address.toString();
        assertFalse(text.contains(" "), text);
        ServerAddress again = ServerAddress.parse(text);
        assertEquals("/home/zoë/my certs/ca+root.pem", again.tls().rootCert());
        assertEquals(address, again);
    }

    @Test
    void withUserKeepsTheTlsSettings() {
        ServerAddress lead = ServerAddress.parse("postgresql://lena@db/aurum?sslmode=verify-ca&sslrootcert=ca.pem");
        assertEquals(lead.tls(), lead.withUser("alice").tls());
    }

    @Test
    void theJdbcUrlCarriesTheTlsSettings() {
        ServerAddress address = ServerAddress.parse("postgresql://alice@db/aurum?sslmode=verify-full&sslrootcert=/etc/ca.pem");
        assertTrue(address.jdbcUrl().contains("sslmode=verify-full"), address.jdbcUrl());
        assertTrue(address.jdbcUrl().contains("sslrootcert=/etc/ca.pem"), address.jdbcUrl());
    }

    @Test
    void anUnknownKeyIsAOneLineErrorNamingItAndTheAllowedKeys() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerAddress.parse("postgresql://alice@db/aurum?ssl=true"));
        assertTrue(e.getMessage().contains("'ssl'"), e.getMessage());
        assertTrue(e.getMessage().contains("sslmode") && e.getMessage().contains("sslrootcert"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void anUnknownModeIsAOneLineErrorListingTheModes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerAddress.parse("postgresql://alice@db/aurum?sslmode=verify"));
        assertTrue(e.getMessage().contains("sslmode 'verify'"), e.getMessage());
        assertTrue(e.getMessage().contains("disable, allow, prefer, require, verify-ca, verify-full"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aCaFileWithAModeThatDoesNotCheckCertificatesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerAddress.parse("postgresql://alice@db/aurum?sslmode=require&sslrootcert=/etc/ca.pem"));
        assertTrue(e.getMessage().contains("verify-full"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ServerAddress.parse("postgresql://alice@db/aurum?sslrootcert=/etc/ca.pem"));
        assertThrows(IllegalArgumentException.class,
                () -> ServerAddress.parse("postgresql://alice@db/aurum?sslmode=verify-full&sslrootcert="));
    }

    @Test
    void verifyFullWithoutACaFileTrustsJavasCas() {
        ServerAddress address = ServerAddress.parse("postgresql://alice@db.example.org/aurum?sslmode=verify-full");
        assertNull(address.tls().rootCert());
        assertTrue(address.jdbcUrl().contains("DefaultJavaSSLFactory"), address.jdbcUrl());
    }
}
