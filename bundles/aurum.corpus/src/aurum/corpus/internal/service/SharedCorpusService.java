package aurum.corpus.internal.service;

import aurum.corpus.store.CorpusService;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link CorpusService}: one store per real folder path, so that two spellings of one folder (a
 * relative path, a symbolic link) share a store. Registered by {@code OSGI-INF/aurum.corpus.service.xml};
 * the constructor is public for tests and plain Java use.
 */
public final class SharedCorpusService implements CorpusService {

    private final Map<Path, CorpusStore> stores = new LinkedHashMap<>();

    @Override
    public synchronized CorpusStore open(Path dir) throws CorpusStoreException {
        CorpusStore cached = stores.get(key(dir));
        if (cached != null) {
            return cached;
        }
        CorpusStore store = CorpusStore.open(dir);
        stores.put(store.directory(), store);
        return store;
    }

    @Override
    public synchronized CorpusStore create(Path dir, CorpusSettings settings) throws CorpusStoreException {
        CorpusStore store = CorpusStore.create(dir, settings);
        stores.put(store.directory(), store);
        return store;
    }

    @Override
    public synchronized List<CorpusStore> openStores() {
        return List.copyOf(stores.values());
    }

    @Override
    public synchronized void close(Path dir) throws CorpusStoreException {
        CorpusStore store = stores.remove(key(dir));
        if (store != null) {
            store.close();
        }
    }

    /** Closes every index; called by Declarative Services when the component is deactivated. */
    public synchronized void deactivate() throws CorpusStoreException {
        List<CorpusStoreException> failures = new ArrayList<>();
        for (CorpusStore store : stores.values()) {
            try {
                store.close();
            } catch (CorpusStoreException e) {
                failures.add(e);
            }
        }
        stores.clear();
        if (!failures.isEmpty()) {
            CorpusStoreException first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    private static Path key(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize(); // not opened yet; open reports the missing folder
        }
    }
}
