package aurum.corpus.server;

import aurum.corpus.server.internal.SchemaMigrations;
import aurum.corpus.server.internal.ServerFailures;
import aurum.corpus.store.CorpusStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PasswordUtil;

/**
 * Setting up a team server and its people: {@code aurum server init}, {@code users} and {@code grant}. People
 * are managed through functions of the schema (docs/TEAM-SERVER.md), so a lead needs no superuser rights and
 * the client sends names and roles only as parameters. Passwords leave this process only as SCRAM-SHA-256
 * verifiers computed here: the server never sees them in plain text.
 */
public final class ServerAdministration {

    /** A person on the server and their strongest role. */
    public record Person(String name, ServerRole role) {
    }

    private ServerAdministration() {
    }

    /**
     * Creates the database when it is missing (the administrator needs the right to create databases), then
     * brings its schema up to date. Running it again changes nothing.
     *
     * @return the number of schema migrations applied
     * @throws CorpusStoreException when the server refuses; the message says what to do
     */
    public static int init(ServerAddress admin, char[] password) throws CorpusStoreException {
        createDatabaseIfMissing(admin, password);
        try (TeamServer server = TeamServer.connect(admin, password, 3)) { // Flyway holds two connections at once
            return SchemaMigrations.migrate(server.dataSource());
        }
    }

    private static void createDatabaseIfMissing(ServerAddress admin, char[] password) throws CorpusStoreException {
        try (Connection c = admin.dataSource("postgres", password).getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                s.setString(1, admin.database());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return;
                    }
                }
            }
            // An identifier cannot be a statement parameter; the name matched ServerAddress's strict pattern
            // (letters, digits, '.', '_', '-'), so quoting it cannot be escaped from.
            try (PreparedStatement s = c.prepareStatement("CREATE DATABASE \"" + admin.database() + "\" ENCODING 'UTF8'")) {
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw ServerFailures.loginFailure(e, "create the database '" + admin.database() + "'", admin);
        }
    }

    /**
     * Adds a person who logs in with {@code password} (a lead's or administrator's right).
     *
     * @throws CorpusStoreException when the name is not allowed or taken, or the caller may not add people
     */
    public static void addPerson(TeamServer server, String name, ServerRole role, char[] password)
            throws CorpusStoreException {
        requirePassword(password);
        call(server, "SELECT aurum.create_person(?, ?, ?)", "add the person '" + name + "'", name, role.groupRole(),
                verifier(password));
    }

    /** Gives a person another role. */
    public static void grant(TeamServer server, String name, ServerRole role) throws CorpusStoreException {
        call(server, "SELECT aurum.set_person_role(?, ?)", "give '" + name + "' the role " + role.cliName(), name,
                role.groupRole());
    }

    /** Sets a person's password. */
    public static void setPassword(TeamServer server, String name, char[] password) throws CorpusStoreException {
        requirePassword(password);
        call(server, "SELECT aurum.set_person_password(?, ?)", "set the password of '" + name + "'", name,
                verifier(password));
    }

    /** Removes a person's login; their layers stay, under their name. */
    public static void removePerson(TeamServer server, String name) throws CorpusStoreException {
        call(server, "SELECT aurum.drop_person(?)", "remove the person '" + name + "'", name);
    }

    /** The people on the server, sorted by name. */
    public static List<Person> people(TeamServer server) throws CorpusStoreException {
        try (Connection c = server.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT name, role FROM aurum.person ORDER BY name COLLATE \"C\"");
                ResultSet r = s.executeQuery()) {
            List<Person> people = new ArrayList<>();
            while (r.next()) {
                people.add(new Person(r.getString(1), ServerRole.parse(r.getString(2))));
            }
            return people;
        } catch (SQLException e) {
            throw ServerFailures.describe(e, "list the people", server.user());
        }
    }

    /** The SCRAM-SHA-256 verifier of {@code password}; the driver wipes the array it is given, so it gets a copy. */
    private static String verifier(char[] password) {
        return PasswordUtil.encodeScramSha256(password.clone());
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length < 8) {
            throw new IllegalArgumentException("a password needs at least 8 characters");
        }
    }

    private static void call(TeamServer server, String sql, String what, String... parameters) throws CorpusStoreException {
        try (Connection c = server.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            s.execute();
        } catch (SQLException e) {
            String state = ServerFailures.sqlState(e);
            if (state.equals("22023") || state.equals("42710") || state.equals("42704")) {
                throw new CorpusStoreException("Could not " + what + ": " + serverMessage(e) + ".", e);
            }
            throw ServerFailures.describe(e, what, server.user());
        }
    }

    private static String serverMessage(SQLException e) {
        String message = e.getMessage();
        if (message.startsWith("ERROR: ")) {
            message = message.substring(7);
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
