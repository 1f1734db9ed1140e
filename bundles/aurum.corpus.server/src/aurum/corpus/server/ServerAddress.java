package aurum.corpus.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Where a team server is and who connects to it, written {@code postgresql://USER@HOST:PORT/DATABASE}
 * (the port defaults to 5432, the database to {@code aurum}). The password is never part of it: it comes from
 * the environment ({@code AURUM_SERVER_PASSWORD}), a prompt, or the workbench's secure storage.
 *
 * @param host the server's host name or address
 * @param port its TCP port
 * @param database the PostgreSQL database holding Aurum's schema
 * @param user the login role: an annotator id, or an administrator
 */
public record ServerAddress(String host, int port, String database, String user) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,62}");

    /** Checks the parts. */
    public ServerAddress {
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
     * Reads {@code postgresql://USER@HOST[:PORT][/DATABASE]}.
     *
     * @throws IllegalArgumentException naming what is wrong and giving an example
     */
    public static ServerAddress parse(String text) {
        String example = " Write it as postgresql://USER@HOST:PORT/DATABASE, e.g. postgresql://alice@localhost:5432/aurum.";
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
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path, uri.getUserInfo());
    }

    /** The same server and database for another user. */
    public ServerAddress withUser(String otherUser) {
        return new ServerAddress(host, port, database, otherUser);
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
        return source;
    }

    /** The JDBC URL; every Aurum table is in the schema {@code aurum}. */
    public String jdbcUrl() {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + hostPart + ":" + port + "/" + database + "?currentSchema=aurum";
    }

    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    private static void requireName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("the " + what + " name '" + value + "' is not allowed: use letters,"
                    + " digits, '.', '_' and '-', at most 63 characters");
        }
    }
}
