package aurum.corpus.server;

import aurum.corpus.store.CorpusStore;
import java.nio.file.Path;

/**
 * A push run as its own process, so that {@link DurabilityTest} can kill it with {@code kill -9} in the middle.
 * Arguments: host, port, database, user, corpus folder, corpus id; the password comes from
 * {@code AURUM_SERVER_PASSWORD}. Prints each progress step on its own line, then {@code pushed}.
 */
public final class PushInAnotherProcess {

    private PushInAnotherProcess() {
    }

    public static void main(String[] args) throws Exception {
        ServerAddress address = new ServerAddress(args[0], Integer.parseInt(args[1]), args[2], args[3]);
        char[] password = System.getenv("AURUM_SERVER_PASSWORD").toCharArray();
        try (TeamServer server = TeamServer.connect(address, password, 2);
                CorpusStore folder = CorpusStore.open(Path.of(args[4]))) {
            CorpusTransfer.push(folder, server, args[5], step -> {
                System.out.println(step);
                System.out.flush();
            });
        }
        System.out.println("pushed");
    }
}
