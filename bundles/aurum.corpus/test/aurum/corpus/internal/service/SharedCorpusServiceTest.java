package aurum.corpus.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.LabelSetRef;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedCorpusServiceTest {

    @TempDir
    Path dir;

    private final SharedCorpusService service = new SharedCorpusService();

    @Test
    void oneStorePerFolderWhateverItsSpelling() throws IOException {
        Path corpus = dir.resolve("c");
        CorpusStore created = service.create(corpus, CorpusSettings.of("c", new LabelSetRef("news", "1.0")));
        assertSame(created, service.open(corpus));
        assertSame(created, service.open(dir.resolve("x/../c")));
        Path link = Files.createSymbolicLink(dir.resolve("link"), corpus);
        assertSame(created, service.open(link));
        assertEquals(List.of(created), service.openStores());
    }

    @Test
    void closingForgetsTheStoreAndReleasesItsIndex() throws IOException {
        Path corpus = dir.resolve("c");
        CorpusStore first = service.create(corpus, CorpusSettings.of("c", null));
        assertEquals(0, first.index().count(DocumentQuery.ALL));
        service.close(corpus);
        assertTrue(service.openStores().isEmpty());
        CorpusStore second = service.open(corpus);
        assertNotSame(first, second);
        // the on-disk index is free again: had the first store kept it, this one would index in memory
        assertEquals(0, second.index().count(DocumentQuery.ALL));
        assertTrue(!((aurum.corpus.internal.index.LuceneCorpusIndex) second.index()).inMemory());
        service.deactivate();
        assertTrue(service.openStores().isEmpty());
    }

    @Test
    void openingAFolderThatIsNoCorpusFailsAndCachesNothing() {
        assertThrows(CorpusStoreException.class, () -> service.open(dir.resolve("missing")));
        assertTrue(service.openStores().isEmpty());
    }
}
