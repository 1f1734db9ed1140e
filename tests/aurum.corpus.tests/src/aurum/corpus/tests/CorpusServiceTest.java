package aurum.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.store.CorpusService;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

/**
 * The corpus service as the application meets it: a Declarative Services component, whose index runs
 * on the wrapped Lucene bundle (codecs found through Lucene's service loading inside OSGi).
 */
class CorpusServiceTest {

    @TempDir
    Path dir;

    private static CorpusService service() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(CorpusServiceTest.class).getBundleContext();
        ServiceTracker<CorpusService, CorpusService> tracker = new ServiceTracker<>(context, CorpusService.class,
                null);
        tracker.open();
        try {
            CorpusService service = tracker.waitForService(10_000);
            assertNotNull(service, "the corpus service is published as an OSGi service");
            return service;
        } finally {
            tracker.close();
        }
    }

    @Test
    void sharesOneStorePerFolderAndSearchesItsIndex() throws Exception {
        CorpusService service = service();
        Path folder = dir.resolve("c");
        CorpusStore store = service.create(folder, CorpusSettings.of("c", new LabelSetRef("news", "1.0.0")));
        store.addDocument(Document.imported("d1", "Tokyo and Washington sign a defence pact.",
                DocumentMetadata.NONE.withTitle("Pact")));
        store.addDocument(Document.imported("d2", "Nothing here.", DocumentMetadata.NONE));
        assertSame(store, service.open(folder));
        List<IndexedDocument> found = service.open(folder).index().find(DocumentQuery.ALL.withText("washington"));
        assertEquals(List.of("d1"), found.stream().map(IndexedDocument::id).toList());
        assertEquals("Pact", found.get(0).title());
        service.close(folder);
        assertEquals(List.of(), service.openStores());
    }
}
