package aurum.editor.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * The team-server corpora the workbench is connected to, by their local work folder: editors name a
 * document by corpus folder ({@code CorpusDocumentInput}), and for a server corpus that folder is its
 * work folder, so {@link #open} hands out the connected store instead of a folder store.
 */
public final class ConnectedCorpora {

    private static final Map<Path, ServerCorpus> CONNECTED = new ConcurrentHashMap<>();

    private ConnectedCorpora() {
    }

    /** The store for the corpus at {@code directory}: the connected server corpus, else the folder corpus. */
    public static CorpusStore open(Path directory) throws CorpusStoreException {
        ServerCorpus connected = CONNECTED.get(key(directory));
        return connected != null ? connected : CorpusStore.open(directory);
    }

    /** Whether {@code directory} is the work folder of a connected server corpus (not a corpus folder). */
    public static boolean isServerCorpus(Path directory) {
        return CONNECTED.containsKey(key(directory));
    }

    /** The server corpus connected with the work folder {@code directory}, or {@code null}. */
    static ServerCorpus connected(Path directory) {
        return CONNECTED.get(key(directory));
    }

    static void add(ServerCorpus corpus) {
        ServerCorpus old = CONNECTED.put(key(corpus.directory()), corpus);
        if (old != null && old != corpus) {
            old.close();
        }
    }

    static void remove(ServerCorpus corpus) {
        CONNECTED.remove(key(corpus.directory()), corpus);
    }

    private static Path key(Path directory) {
        return directory.toAbsolutePath().normalize();
    }
}
