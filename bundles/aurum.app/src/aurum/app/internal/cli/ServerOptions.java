package aurum.app.internal.cli;

import aurum.corpus.server.ServerAddress;
import aurum.corpus.server.TeamServer;
import aurum.corpus.store.CorpusStoreException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every team-server command shares: where the server is and how to log in. */
final class ServerOptions {

    @Option(names = "--server", paramLabel = "URL", required = true,
            description = "The team server: postgresql://USER@HOST[:PORT][/DATABASE] (database aurum by default),"
                    + " with TLS: ...?sslmode=verify-full&sslrootcert=CA-FILE (docs/TEAM-SERVER.md, \"TLS\").")
    String server;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the login password from the first line of FILE (else AURUM_SERVER_PASSWORD, else a prompt).")
    Path passwordFile;

    /** The options of a command that offers a server besides a folder, so cannot take them as a required mixin. */
    static ServerOptions of(String server, Path passwordFile) {
        ServerOptions options = new ServerOptions();
        options.server = server;
        options.passwordFile = passwordFile;
        return options;
    }

    ServerAddress address() throws UsageException {
        try {
            return ServerAddress.parse(server);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    char[] password() throws UsageException {
        return ServerPasswords.login(passwordFile, address().user());
    }

    /** Logs in with a pool of {@code connections}. */
    TeamServer connect(int connections) throws UsageException, CorpusStoreException {
        return TeamServer.connect(address(), password(), connections);
    }
}
