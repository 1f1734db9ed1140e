package aurum.editor.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.core.runtime.ILog;

import aurum.corpus.server.ServerAddress;
import aurum.corpus.server.TeamServer;
import aurum.corpus.server.internal.ServerFailures;
import aurum.corpus.store.CorpusStoreException;

/**
 * Logs in to a team server and opens one of its corpora for the workbench, turning every failure into
 * one sentence for the Connect dialog (the driver's own text goes to the log, not to the user).
 */
public final class TeamServerLogin {

    /** A login that did not work; the message is one line for the user. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private TeamServerLogin() {
    }

    /**
     * The address the dialog's fields describe. {@code server} is a host name, or a whole address
     * ({@code jdbc:postgresql://HOST:PORT/DATABASE} or {@code postgresql://USER@HOST:PORT/DATABASE}, either with
     * TLS settings such as {@code ?sslmode=verify-full&sslrootcert=/etc/aurum/ca.pem}), whose parts then win over
     * the other fields.
     *
     * @throws Refused naming the field that is wrong
     */
    public static ServerAddress address(String server, String port, String database, String user) throws Refused {
        String text = server == null ? "" : server.strip();
        String host = text;
        String portText = port == null ? "" : port.strip();
        String db = database == null || database.isBlank() ? "aurum" : database.strip();
        String login = user == null ? "" : user.strip();
        ServerAddress.Tls tls = ServerAddress.Tls.DEFAULT;
        if (text.startsWith("jdbc:")) {
            text = text.substring("jdbc:".length());
        }
        if (text.contains("://")) {
            try {
                URI uri = new URI(text);
                if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
                    throw new Refused("The server address must start with postgresql:// or jdbc:postgresql://.");
                }
                host = uri.getHost() == null ? "" : uri.getHost();
                portText = uri.getPort() < 0 ? portText : Integer.toString(uri.getPort());
                db = uri.getPath() == null || uri.getPath().length() <= 1 ? db : uri.getPath().substring(1);
                login = uri.getUserInfo() == null ? login : uri.getUserInfo();
                tls = ServerAddress.Tls.parse(uri.getRawQuery());
            } catch (IllegalArgumentException e) {
                throw new Refused("The server address is wrong: " + e.getMessage() + ".");
            } catch (URISyntaxException e) {
                throw new Refused("'" + server.strip() + "' is not a server address; write a host name or"
                        + " jdbc:postgresql://HOST:PORT/DATABASE.");
            }
        }
        if (host.isEmpty()) {
            throw new Refused("Name the server: a host name such as localhost, or jdbc:postgresql://HOST:PORT/DATABASE.");
        }
        if (login.isEmpty()) {
            throw new Refused("Name the user to log in as.");
        }
        int number;
        try {
            number = portText.isEmpty() ? 5432 : Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new Refused("The port must be a number such as 5432.");
        }
        try {
            return new ServerAddress(host, number, db, login, tls);
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage() + ".");
        }
    }

    /**
     * Logs in and opens {@code corpusId}, or the server's only corpus when {@code corpusId} is blank. When the
     * workbench is connected to that corpus as that user already, the login is checked and the live connection is
     * given back, so that editors open on it keep saving.
     *
     * @param workspace the workspace folder; the corpus's local work folder goes under {@code server/}
     * @throws Refused saying in one line why not
     */
    public static ServerCorpus connect(ServerAddress address, char[] password, String corpusId, Path workspace)
            throws Refused {
        TeamServer server;
        try {
            server = TeamServer.connect(address, password, 3);
        } catch (CorpusStoreException e) {
            throw refusal(e, address);
        }
        try {
            List<String> corpora = server.corpora();
            String id = corpusId == null ? "" : corpusId.strip();
            if (id.isEmpty()) {
                if (corpora.size() != 1) {
                    throw new Refused(corpora.isEmpty() ? "The server holds no corpus yet: a lead pushes one with aurum push."
                            : "The server holds " + corpora.size() + " corpora (" + String.join(", ", corpora)
                                    + "): name one.");
                }
                id = corpora.get(0);
            } else if (!corpora.contains(id)) {
                throw new Refused("The server has no corpus '" + id + "'" + (corpora.isEmpty() ? "."
                        : "; it has " + String.join(", ", corpora) + "."));
            }
            Path work = workspace.resolve("server").resolve(address.host() + "_" + address.port() + "_"
                    + address.database() + "_" + address.user()).resolve(id);
            ServerCorpus live = ConnectedCorpora.connected(work);
            if (live != null) {
                // connected already as this user to this corpus: open editors save through that connection, so keep
                // it (closing it would leave them unable to save); this login only checked the password
                server.close();
                return live;
            }
            ServerCorpus corpus = new ServerCorpus(server.open(id, work));
            corpus.follow();
            ConnectedCorpora.add(corpus);
            return corpus;
        } catch (CorpusStoreException e) {
            server.close();
            throw refusal(e, address);
        } catch (Refused | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static Refused refusal(CorpusStoreException e, ServerAddress address) {
        String tls = ServerFailures.tlsFailure(e, address).orElse(null);
        if (tls != null) {
            return new Refused(tls);
        }
        String state = e.getCause() instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
        String where = address.host() + ":" + address.port();
        if (state.equals("28P01") || state.equals("28000")) {
            return new Refused("The server refused the login of '" + address.user() + "': wrong user name or password.");
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
            return new Refused("Cannot reach a team server at " + where + ": check the address and that the server runs.");
        }
        if (state.equals("3D000")) {
            return new Refused("The server at " + where + " has no database '" + address.database() + "'.");
        }
        if (state.equals("42501")) {
            return new Refused("'" + address.user() + "' may not read this corpus; ask the lead for a role.");
        }
        ILog.of(TeamServerLogin.class).error("Cannot connect to the team server " + where, e);
        return new Refused("Cannot connect to the team server at " + where + "; the details are in the error log.");
    }
}
