package aurum.corpus.server;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live updates from a team server: a connection of its own that LISTENs on the channel {@code aurum_changes}, where
 * the server announces every stored layer revision and every added document (migration
 * {@code V5__change_notifications.sql}) and every stored corpus file ({@code assignments.json}, {@code labelset.json},
 * {@code clusters.json}: {@code V6__corpus_file_notifications.sql}) when its transaction commits. A notice names the
 * corpus and the document or file only, never whose layer changed or what, so listening reveals nothing blind
 * annotation hides; the listener reads again what it may see. When the connection breaks, the listener is told to
 * reload everything ({@link Change#everything()}: notices may have been missed) and the connection is made again, once a second, until it works or
 * this is closed. Notices arrive on a daemon thread of this class. docs/TEAM-SERVER.md, "Live updates".
 */
public final class ServerChanges implements AutoCloseable {

    /** The channel the server notifies on. */
    static final String CHANNEL = "aurum_changes";

    /**
     * A change on the server: a document's ({@link #document()}), a corpus file's ({@link #file()}), or anything
     * ({@link #everything()}).
     *
     * @param corpus the corpus id; {@code null} for everything
     * @param document the document whose layers changed or that was added; {@code null} for a file or everything
     * @param file the corpus file stored, replaced or removed ({@code assignments.json}, {@code labelset.json},
     *        {@code clusters.json}); {@code null} for a document or everything
     */
    public record Change(String corpus, String document, String file) {

        /** Anything may have changed (the connection was lost): reload everything. */
        public static final Change EVERYTHING = new Change(null, null, null);

        /** A document's change: its layers were saved, or it was added. */
        public Change(String corpus, String document) {
            this(corpus, document, null);
        }

        /** A change of the corpus file {@code name} of {@code corpus}. */
        public static Change file(String corpus, String name) {
            return new Change(corpus, null, name);
        }

        /** Whether anything may have changed (the connection was lost and notices may have been missed). */
        public boolean everything() {
            return document == null && file == null;
        }
    }

    private final DataSource source;
    private final Consumer<Change> listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    private ServerChanges(DataSource source, Consumer<Change> listener, String name) {
        this.source = source;
        this.listener = listener;
        this.thread = new Thread(this::run, "aurum team-server changes " + name);
        this.thread.setDaemon(true);
    }

    /**
     * Starts listening as the user of {@code server}, on a connection outside its pool; returns once the server
     * takes the LISTEN, so every change committed after this returns is reported.
     *
     * @param listener told about each change, on this object's thread; it should hand work off quickly
     * @throws SQLException when the first connection cannot be made
     */
    public static ServerChanges listen(TeamServer server, Consumer<Change> listener) throws SQLException {
        ServerChanges changes = new ServerChanges(server.unpooledDataSource(), listener, server.user());
        changes.connection = changes.connect();
        changes.thread.start();
        return changes;
    }

    private Connection connect() throws SQLException {
        Connection c = source.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CHANNEL); // a constant: LISTEN takes no parameters
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void run() {
        while (!closed) {
            try {
                PGNotification[] notices = connection.unwrap(PGConnection.class).getNotifications(500);
                if (notices == null) {
                    continue;
                }
                for (PGNotification notice : notices) {
                    Change change = parse(notice.getParameter());
                    if (change != null) {
                        tell(change);
                    }
                }
            } catch (SQLException e) {
                if (!closed) {
                    reconnect();
                }
            }
        }
    }

    /**
     * The change a notice announces, or {@code null} for one Aurum's server did not send: any login may NOTIFY on
     * the channel, so a malformed payload is ignored rather than allowed to stop the listening thread.
     */
    static Change parse(String payload) {
        try {
            JsonObject json = JsonParser.parseString(payload).getAsJsonObject();
            String corpus = string(json, "corpus");
            String document = string(json, "document");
            String file = string(json, "file");
            if (corpus == null || (document == null) == (file == null)) {
                return null;
            }
            return new Change(corpus, document, file);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String string(JsonObject json, String member) {
        return json.get(member) instanceof JsonPrimitive value && value.isString() ? value.getAsString() : null;
    }

    /** A listener that fails is the listener's problem: the thread keeps listening for the next notice. */
    private void tell(Change change) {
        try {
            listener.accept(change);
        } catch (RuntimeException e) {
            System.getLogger(ServerChanges.class.getName()).log(System.Logger.Level.WARNING,
                    "A listener of team-server changes failed", e);
        }
    }

    private void reconnect() {
        closeQuietly(connection);
        while (!closed) {
            try {
                Thread.sleep(1_000);
                connection = connect();
                tell(Change.EVERYTHING);
                return;
            } catch (SQLException e) {
                // the server is still away: try again in a second
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops listening and closes the connection. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException e) {
            // closing a broken connection
        }
    }
}
