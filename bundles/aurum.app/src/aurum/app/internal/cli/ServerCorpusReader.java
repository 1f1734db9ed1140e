package aurum.app.internal.cli;

import aurum.corpus.server.ServerCorpusStore;
import aurum.corpus.server.TeamServer;
import aurum.corpus.store.CorpusStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Opens a team-server corpus for a command that reads it as it reads a corpus folder (through {@link CorpusStore}),
 * as the login may see it, with a work folder of its own that is removed afterwards.
 */
final class ServerCorpusReader {

    /** What the command does with the store; returns its exit code. */
    interface Body {
        int run(CorpusStore store) throws Exception;
    }

    private ServerCorpusReader() {
    }

    static int run(ServerOptions options, String corpusId, Body body) throws Exception {
        Path work = Files.createTempDirectory("aurum-server-corpus-");
        try (TeamServer team = options.connect(2); ServerCorpusStore store = team.open(corpusId, work)) {
            return body.run(store);
        } finally {
            delete(work);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
