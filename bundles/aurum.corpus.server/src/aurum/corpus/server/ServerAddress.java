package aurum.corpus.server;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a team server is, who connects to it and how the connection is protected, written
 * {@code postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE&sslrootcert=CA-FILE} (the port defaults to 5432, the
 * database to {@code aurum}, TLS to {@link Tls#DEFAULT}). The password is never part of it: it comes from the
 * environment ({@code AURUM_SERVER_PASSWORD}), a prompt, or the workbench's secure storage. docs/TEAM-SERVER.md
 * ("TLS") explains the modes.
 *
 * @param host the server's host name or address
 * @param port its TCP port
 * @param database the PostgreSQL database holding Aurum's schema
 * @param user the login role: an annotator id, or an administrator
 * @param tls whether the connection is encrypted and how the server's certificate is checked
 */
public record ServerAddress(String host, int port, String database, String user, Tls tls) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,62}");

    /**
     * PostgreSQL's {@code sslmode}: how much TLS a connection insists on. The names and meanings are libpq's and the
     * JDBC driver's.
     */
    public enum SslMode {
        /** Never TLS. */
        DISABLE,
        /** Plain first, TLS when the server insists; the certificate is not checked. */
        ALLOW,
        /** TLS when the server offers it, else plain; the certificate is not checked (the driver's default). */
        PREFER,
        /** TLS or no connection; the certificate is not checked (encrypted, but anyone may pose as the server). */
        REQUIRE,
        /** TLS, and the server's certificate must be signed by the trusted CA. */
        VERIFY_CA,
        /** As {@link #VERIFY_CA}, and the certificate must name the host of the address. */
        VERIFY_FULL;

        /** The name in an address, e.g. {@code verify-full}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Whether the server's certificate is checked against a CA. */
        public boolean verifiesCertificate() {
            return this == VERIFY_CA || this == VERIFY_FULL;
        }

        /** Whether the connection is encrypted or refused. */
        public boolean requiresTls() {
            return compareTo(REQUIRE) >= 0;
        }

        static SslMode of(String value) {
            for (SslMode mode : values()) {
                if (mode.value().equals(value)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("sslmode '" + value + "' is not one of " + allowed());
        }

        static String allowed() {
            return Arrays.stream(values()).map(SslMode::value).collect(Collectors.joining(", "));
        }
    }

    /**
     * The TLS settings of an address.
     *
     * @param mode how much TLS the connection insists on
     * @param rootCert the file of the CA certificate(s) (PEM) the server's certificate must be signed by, or
     *        {@code null}: then a verifying mode trusts the CAs Java trusts (its {@code cacerts}), as a browser would
     */
    public record Tls(SslMode mode, String rootCert) {

        /**
         * No setting in the address: {@code prefer}, the JDBC driver's and libpq's default (encrypted when the
         * server offers TLS, but without checking who the server is).
         */
        public static final Tls DEFAULT = new Tls(SslMode.PREFER, null);

        /** Checks that a CA file goes with a mode that uses it. */
        public Tls {
            if (mode == null) {
                throw new IllegalArgumentException("sslmode is missing: use one of " + SslMode.allowed());
            }
            if (rootCert != null && rootCert.isBlank()) {
                rootCert = null;
            }
            if (rootCert != null && !mode.verifiesCertificate()) {
                throw new IllegalArgumentException("sslrootcert is used only with sslmode=verify-ca or sslmode=verify-full"
                        + " (the address has sslmode=" + mode.value() + ")");
            }
        }

        /** TLS checking the server against the CA in {@code caFile}, and its name against the address's host. */
        public static Tls verifyFull(String caFile) {
            return new Tls(SslMode.VERIFY_FULL, caFile);
        }

        /**
         * Reads the query of an address, e.g. {@code sslmode=verify-full&sslrootcert=/etc/aurum/ca.pem} (still
         * percent-encoded, as {@link URI#getRawQuery()} gives it); {@code null} or empty is {@link #DEFAULT}.
         *
         * @throws IllegalArgumentException naming an unknown key or value and the allowed ones
         */
        public static Tls parse(String rawQuery) {
            if (rawQuery == null || rawQuery.isEmpty()) {
                return DEFAULT;
            }
            SslMode mode = null;
            String rootCert = null;
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                switch (key) {
                    case "sslmode" -> mode = SslMode.of(value);
                    case "sslrootcert" -> {
                        if (value.isEmpty()) {
                            throw new IllegalArgumentException("sslrootcert needs a file, e.g. sslrootcert=/etc/aurum/ca.pem");
                        }
                        rootCert = value;
                    }
                    default -> throw new IllegalArgumentException("the address setting '" + key + "' is not known: use"
                            + " sslmode (" + SslMode.allowed() + ") and sslrootcert (a CA file)");
                }
            }
            if (mode == null) {
                if (rootCert != null) {
                    throw new IllegalArgumentException("sslrootcert needs sslmode=verify-full (or verify-ca) beside it");
                }
                return DEFAULT;
            }
            return new Tls(mode, rootCert);
        }

        /** The query for an address, e.g. {@code ?sslmode=require}; empty for {@link #DEFAULT}. */
        public String query() {
            if (equals(DEFAULT)) {
                return "";
            }
            return "?sslmode=" + mode.value() + (rootCert == null ? "" : "&sslrootcert=" + encode(rootCert));
        }
    }

    /** An address with the default TLS settings ({@link Tls#DEFAULT}). */
    public ServerAddress(String host, int port, String database, String user) {
        this(host, port, database, user, Tls.DEFAULT);
    }

    /** Checks the parts. */
    public ServerAddress {
        if (tls == null) {
            tls = Tls.DEFAULT;
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the server address needs a host, e.g. postgresql://alice@localhost/aurum");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port (1-65535)");
        }
        requireName(database, "database");
        requireName(user, "user");
    }

    /**
     * Reads {@code postgresql://USER@HOST[:PORT][/DATABASE][?sslmode=MODE[&sslrootcert=CA-FILE]]}.
     *
     * @throws IllegalArgumentException naming what is wrong and giving an example
     */
    public static ServerAddress parse(String text) {
        String example = " Write it as postgresql://USER@HOST:PORT/DATABASE, e.g. postgresql://alice@localhost:5432/aurum"
                + " (with TLS: postgresql://alice@db.example.org/aurum?sslmode=verify-full&sslrootcert=/etc/aurum/ca.pem).";
        URI uri;
        try {
            uri = new URI(text == null ? "" : text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a server address." + example);
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException("'" + text + "' is not a server address: it must start with postgresql://." + example);
        }
        if (uri.getUserInfo() == null || uri.getUserInfo().contains(":")) {
            throw new IllegalArgumentException("'" + text + "' names no user" + (uri.getUserInfo() != null
                    ? " (or holds a password, which never goes into an address: set AURUM_SERVER_PASSWORD)" : "")
                    + "." + example);
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/") ? "aurum"
                : uri.getPath().substring(1);
        Tls settings;
        try {
            settings = Tls.parse(uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage() + ".");
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path, uri.getUserInfo(), settings);
    }

    /** The same server and database for another user. */
    public ServerAddress withUser(String otherUser) {
        return new ServerAddress(host, port, database, otherUser, tls);
    }

    /** The same server, database and user with other TLS settings. */
    public ServerAddress withTls(Tls otherTls) {
        return new ServerAddress(host, port, database, user, otherTls);
    }

    /**
     * A data source for this address logging in with {@code password}; every Aurum table is in the schema
     * {@code aurum}. The driver's own class, not {@code DriverManager}, which cannot see it inside OSGi.
     */
    public javax.sql.DataSource dataSource(char[] password) {
        return dataSource(database, password);
    }

    /** {@link #dataSource(char[])} for another database of the same server, e.g. {@code postgres}. */
    public javax.sql.DataSource dataSource(String otherDatabase, char[] password) {
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setServerNames(new String[] { host });
        source.setPortNumbers(new int[] { port });
        source.setDatabaseName(otherDatabase);
        source.setUser(user);
        source.setPassword(new String(password));
        source.setCurrentSchema("aurum");
        source.setApplicationName("Aurum");
        source.setConnectTimeout(10);
        source.setSslMode(tls.mode().value());
        if (tls.rootCert() != null) {
            source.setSslRootCert(tls.rootCert());
        } else if (tls.mode().verifiesCertificate()) {
            // no CA file: trust the CAs Java trusts, not the driver's fallback ~/.postgresql/root.crt
            source.setSslfactory("org.postgresql.ssl.DefaultJavaSSLFactory");
        }
        return source;
    }

    /** The JDBC URL, with the TLS settings; every Aurum table is in the schema {@code aurum}. */
    public String jdbcUrl() {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        String ssl = "&sslmode=" + tls.mode().value() + (tls.rootCert() != null ? "&sslrootcert=" + encode(tls.rootCert())
                : tls.mode().verifiesCertificate() ? "&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory" : "");
        return "jdbc:postgresql://" + hostPart + ":" + port + "/" + database + "?currentSchema=aurum" + ssl;
    }

    /** The address as {@link #parse} reads it; the TLS query only when it is not the default. */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database + tls.query();
    }

    /** Percent-encodes what is not safe in a query value (keeping '/' and ':' of a file name readable). */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/:".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** Undoes percent-encoding; a '+' stays a '+' (it is not a space in a file name). */
    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (c == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
                continue;
            }
            bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void requireName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("the " + what + " name '" + value + "' is not allowed: use letters,"
                    + " digits, '.', '_' and '-', at most 63 characters");
        }
    }
}
