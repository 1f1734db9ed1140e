package aurum.corpus.server;

import aurum.corpus.server.internal.ServerFailures;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentIds;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A connection to a team server as one person: a small pool of PostgreSQL connections (HikariCP) logged in
 * as that person's role, from which their corpora are opened. Thread-safe; close it when done.
 */
public final class TeamServer implements AutoCloseable {

    private final ServerAddress address;
    private final HikariDataSource pool;

    private TeamServer(ServerAddress address, HikariDataSource pool) {
        this.address = address;
        this.pool = pool;
    }

    /**
     * Logs in, checking at once that the server answers and takes the password.
     *
     * @param poolSize the most connections kept open (1 for a command, a few for the workbench)
     * @throws CorpusStoreException when the server cannot be reached or refuses the login; the message says
     *         which and what to do
     */
    public static TeamServer connect(ServerAddress address, char[] password, int poolSize) throws CorpusStoreException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("aurum-" + address.user() + "@" + address.host());
        // a DataSource rather than a JDBC URL: inside OSGi, java.sql.DriverManager cannot see the driver's bundle
        config.setDataSource(address.dataSource(password));
        config.setMaximumPoolSize(Math.max(1, poolSize));
        config.setMinimumIdle(Math.min(2, Math.max(1, poolSize)));
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1);
        try {
            return new TeamServer(address, new HikariDataSource(config));
        } catch (RuntimeException e) { // HikariCP's PoolInitializationException, holding the driver's SQLException
            SQLException cause = e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getMessage(), e);
            throw ServerFailures.loginFailure(cause, "log in to " + address, address);
        }
    }

    /** Where this connection goes, and as whom. */
    public ServerAddress address() {
        return address;
    }

    /** The login role of this connection. */
    public String user() {
        return address.user();
    }

    /** The pooled connections, for this bundle's own code (transfers, administration). */
    public DataSource dataSource() {
        return pool;
    }

    /** Connections as this user outside the pool, for one held open for a long time ({@link ServerChanges}). */
    DataSource unpooledDataSource() {
        return pool.getDataSource();
    }

    /** The strongest Aurum role the user holds, or {@code null} for none (an administrator is treated as lead). */
    public ServerRole role() throws CorpusStoreException {
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT rolsuper, pg_has_role(current_user, 'aurum_lead', 'MEMBER'),"
                        + " pg_has_role(current_user, 'aurum_curator', 'MEMBER'), pg_has_role(current_user, 'aurum_annotator', 'MEMBER')"
                        + " FROM pg_roles WHERE rolname = current_user");
                ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            if (r.getBoolean(1) || r.getBoolean(2)) {
                return ServerRole.LEAD;
            }
            return r.getBoolean(3) ? ServerRole.CURATOR : r.getBoolean(4) ? ServerRole.ANNOTATOR : null;
        } catch (SQLException e) {
            throw ServerFailures.describe(e, "read the role of '" + user() + "'", user());
        }
    }

    /** The ids of the corpora on the server, sorted. */
    public List<String> corpora() throws CorpusStoreException {
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM corpus ORDER BY id COLLATE \"C\"");
                ResultSet r = s.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (r.next()) {
                ids.add(r.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw ServerFailures.describe(e, "list the corpora", user());
        }
    }

    /**
     * Opens a corpus on the server.
     *
     * @param workFolder a local folder for what the store derives (never the corpus itself); see
     *        {@link ServerCorpusStore#directory()}
     * @throws CorpusStoreException when there is no such corpus (the message lists those there are)
     */
    public ServerCorpusStore open(String corpusId, Path workFolder) throws CorpusStoreException {
        List<String> corpora = corpora();
        if (!corpora.contains(corpusId)) {
            throw new CorpusStoreException("The team server " + address + " has no corpus '" + corpusId + "'"
                    + (corpora.isEmpty() ? "; push one with 'aurum push --corpus DIR --server " + address + "'."
                            : "; it has: " + String.join(", ", corpora) + "."));
        }
        return ServerCorpusStore.open(this, corpusId, workFolder);
    }

    /**
     * Creates an empty corpus (a lead's or administrator's right).
     *
     * @throws CorpusStoreException when the id is taken or the user may not create corpora
     */
    public ServerCorpusStore create(String corpusId, CorpusSettings settings, Path workFolder) throws CorpusStoreException {
        DocumentIds.requireValid(corpusId, "corpus id");
        try (Connection c = pool.getConnection()) {
            ServerCorpusStore.insertCorpus(c, corpusId, settings);
        } catch (SQLException e) {
            if (ServerFailures.UNIQUE_VIOLATION.equals(ServerFailures.sqlState(e))) {
                throw new CorpusStoreException("The team server has a corpus '" + corpusId + "' already: pull it, or"
                        + " choose another name.", e);
            }
            throw ServerFailures.describe(e, "create the corpus '" + corpusId + "'", user());
        }
        return ServerCorpusStore.open(this, corpusId, workFolder);
    }

    /** Closes every pooled connection. */
    @Override
    public void close() {
        pool.close();
    }
}
