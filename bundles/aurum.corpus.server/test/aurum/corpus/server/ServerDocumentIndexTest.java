package aurum.corpus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.DocumentBatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server's document index: pages read by key come out in byte order of the ids, gapless and without repeats;
 * filters by state and owner; counts per state and owner and per label computed by the database; and an annotator's
 * listing and counts show only what they may read.
 */
class ServerDocumentIndexTest {

    @Test
    void pagesByKeyCoverEveryDocumentOnceInByteOrder() throws Exception {
        try (Team team = new Team()) {
            ServerCorpusStore corpus = team.admin.open("news", Path.of("unused"));
            try (DocumentBatch batch = corpus.batch()) {
                for (String id : List.of("B2", "a1", "_x", "Zeta", "b-3", "a.2", "A0")) {
                    batch.add(new Document(id, "Text of " + id + ".", false, new DocumentMetadata(null, "Title " + id,
                            null, null, null)));
                }
            }
            ServerDocumentIndex index = new ServerDocumentIndex(corpus);
            List<String> listed = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                ServerDocumentIndex.Page page = index.list(null, null, after, 2);
                assertEquals(9, page.total());
                page.documents().forEach(d -> listed.add(d.id()));
                after = page.next();
                pages++;
            } while (after != null);
            assertEquals(5, pages);
            assertEquals(List.of("A0", "B2", "Zeta", "_x", "a.2", "a1", "b-3", "d1", "d2"), listed);
            assertEquals(corpus.documentIds(), listed, "the store lists in the same order");
            ServerDocumentIndex.Listed first = index.list(null, null, null, 1).documents().get(0);
            assertEquals(new ServerDocumentIndex.Listed("A0", 11, "Title A0", List.of()), first);
            assertThrows(IllegalArgumentException.class, () -> index.list(null, null, null, 0));
        }
    }

    @Test
    void filtersAndCountsComeFromTheDatabaseAsEachPersonMaySeeThem() throws Exception {
        try (Team team = new Team()) {
            ServerCorpusStore alice = team.corpus(team.alice);
            ServerCorpusStore bob = team.corpus(team.bob);
            ServerCorpusStore carol = team.corpus(team.carol);
            save(alice, team.d1, LayerOwner.annotator(team.alice), LayerState.DONE, "LOC", "PER");
            save(alice, team.d2, LayerOwner.annotator(team.alice), LayerState.IN_PROGRESS, "LOC");
            save(bob, team.d1, LayerOwner.annotator(team.bob), LayerState.DONE, "MONEY");
            save(carol, team.d1, LayerOwner.GOLD, LayerState.IN_PROGRESS, "LOC");

            ServerDocumentIndex lead = new ServerDocumentIndex(team.corpus(team.lena));
            ServerDocumentIndex.Page done = lead.list(LayerState.DONE, null, null, 10);
            assertEquals(List.of("d1"), done.documents().stream().map(ServerDocumentIndex.Listed::id).toList());
            assertEquals(1, done.total());
            assertNull(done.next());
            assertEquals(List.of(team.alice + ":done", team.bob + ":done", "gold:in_progress"),
                    done.documents().get(0).layers());
            ServerDocumentIndex.Page alices = lead.list(null, LayerOwner.annotator(team.alice), null, 10);
            assertEquals(2, alices.total());
            assertEquals(1, lead.list(LayerState.IN_PROGRESS, LayerOwner.annotator(team.alice), null, 10).total());
            assertEquals(0, lead.list(LayerState.CURATED, null, null, 10).total());

            ServerDocumentIndex.Stats all = lead.stats();
            assertEquals(2, all.documents());
            assertEquals(team.d1.length() + team.d2.length(), all.characters());
            assertEquals(0, all.withoutLayers());
            assertEquals(List.of("gold", team.alice, team.bob), all.owners().stream().map(ServerDocumentIndex.OwnerStats::owner).toList());
            ServerDocumentIndex.OwnerStats a = all.owners().get(1);
            assertEquals(Map.of(LayerState.DONE, 1L, LayerState.IN_PROGRESS, 1L), a.layers());
            assertEquals(Map.of("LOC", 2L, "PER", 1L), a.spans());
            assertEquals(3, a.spanCount());

            // blind: bob's listing and counts hold his own layer only (gold is not curated yet)
            ServerDocumentIndex bobs = new ServerDocumentIndex(bob);
            assertEquals(List.of(team.bob + ":done"), bobs.list(null, null, null, 10).documents().get(0).layers());
            assertEquals(0, bobs.list(null, LayerOwner.annotator(team.alice), null, 10).total());
            ServerDocumentIndex.Stats his = bobs.stats();
            assertEquals(List.of(team.bob), his.owners().stream().map(ServerDocumentIndex.OwnerStats::owner).toList());
            assertEquals(1, his.withoutLayers(), "d2 has no layer bob may see");
            assertTrue(his.owners().get(0).spans().containsKey("MONEY"));
        }
    }

    private static void save(ServerCorpusStore store, Document document, LayerOwner owner, LayerState state,
            String... labels) throws Exception {
        Layer layer = new Layer(document, owner);
        for (int i = 0; i < labels.length; i++) {
            layer.add(ServerCorpusStoreTest.span("s" + i, i, i + 3).withLabel(labels[i]));
        }
        layer.setState(state);
        store.saveLayer(layer, 0);
    }
}
