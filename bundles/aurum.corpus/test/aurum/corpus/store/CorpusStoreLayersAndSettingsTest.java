package aurum.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.SpanStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing the layers of a document and replacing corpus.json, which label migrations rely on. */
class CorpusStoreLayersAndSettingsTest {

    @TempDir
    Path dir;

    @Test
    void layersListsGoldFirstThenSavedAnnotatorLayersById() throws Exception {
        CorpusStore store = CorpusStore.create(dir.resolve("c"), StoreFixtures.settings());
        store.addDocument(StoreFixtures.plainDocument("d1", "Tokyo and Osaka"));
        store.addDocument(StoreFixtures.plainDocument("d2", "Kyoto"));
        assertEquals(List.of(), store.layers("d1"));
        for (LayerOwner owner : List.of(LayerOwner.annotator("zoe"), LayerOwner.GOLD, LayerOwner.annotator("al"))) {
            Layer layer = store.loadLayer("d1", owner);
            layer.add(StoreFixtures.simpleSpan("s1", 0, 5, SpanStatus.MANUAL));
            store.saveLayer(layer, 0);
        }
        assertEquals(List.of(LayerOwner.GOLD, LayerOwner.annotator("al"), LayerOwner.annotator("zoe")),
                store.layers("d1"));
        assertEquals(List.of(), store.layers("d2"), "zoe's folder exists, but holds no layer of d2");
    }

    @Test
    void savedSettingsAreSeenByThisAndLaterStores() throws Exception {
        CorpusStore store = CorpusStore.create(dir.resolve("c"), StoreFixtures.settings());
        CorpusSettings changed = new CorpusSettings("renamed", new LabelSetRef("news", "2.0.0"), Map.of("k", "v"));
        store.saveSettings(changed);
        assertEquals(changed, store.settings());
        CorpusSettings reopened = CorpusStore.open(dir.resolve("c")).settings();
        assertEquals(changed, reopened);
        assertTrue(reopened.labelSet().version().equals("2.0.0"));
    }
}
