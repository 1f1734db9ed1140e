package aurum.corpus.server;

import aurum.corpus.store.CorpusStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The files stored with a server corpus ({@code assignments.json}, {@code labelset.json}, {@code clusters.json}): read
 * one, or change one in a transaction under the corpus row's lock. {@link ServerCorpusStore#corpusFile} and
 * {@link ServerCorpusStore#changeCorpusFile} say what for.
 */
final class ServerCorpusFiles {

    private final ServerCorpusStore store;
    private final String corpusId;

    ServerCorpusFiles(ServerCorpusStore store, String corpusId) {
        this.store = store;
        this.corpusId = corpusId;
    }

    Optional<byte[]> read(String name) throws CorpusStoreException {
        try (Connection c = store.connection()) {
            return read(c, name);
        } catch (SQLException e) {
            throw store.failure(e, "read " + name + " of corpus '" + corpusId + "'");
        }
    }

    byte[] change(String name, ServerCorpusStore.FileChange change) throws CorpusStoreException {
        if (!CorpusTransfer.FILES.contains(name) || name.equals("clusters.json")) {
            throw new IllegalArgumentException("not a corpus file that can be changed on its own: " + name);
        }
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                lockCorpus(c);
                byte[] content = change.apply(read(c, name));
                try (PreparedStatement s = c.prepareStatement("INSERT INTO corpus_file (corpus_id, path, content)"
                        + " VALUES (?, ?, ?) ON CONFLICT (corpus_id, path) DO UPDATE SET content = excluded.content,"
                        + " saved_at = now(), saved_by = session_user")) {
                    s.setString(1, corpusId);
                    s.setString(2, name);
                    s.setBytes(3, content);
                    s.executeUpdate();
                }
                c.commit();
                return content;
            } catch (SQLException | CorpusStoreException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw store.failure(e, "change " + name + " of corpus '" + corpusId + "'");
        }
    }

    private void lockCorpus(Connection c) throws SQLException, CorpusStoreException {
        try (PreparedStatement lock = c.prepareStatement("SELECT 1 FROM corpus WHERE id = ? FOR UPDATE")) {
            lock.setString(1, corpusId);
            try (ResultSet r = lock.executeQuery()) {
                if (!r.next()) {
                    throw new CorpusStoreException("The corpus '" + corpusId + "' is no longer on the team server.");
                }
            }
        }
    }

    private Optional<byte[]> read(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT content FROM corpus_file WHERE corpus_id = ? AND path = ?")) {
            s.setString(1, corpusId);
            s.setString(2, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getBytes(1)) : Optional.empty();
            }
        }
    }
}
