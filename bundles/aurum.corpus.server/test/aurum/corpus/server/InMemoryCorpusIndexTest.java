package aurum.corpus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.index.IndexedDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A team-server corpus answers the {@code CorpusIndex} API that the navigator, export and agreement search with
 * (label, state, owner and text), as its login may see it: an annotator's index holds no layer of another's.
 */
class InMemoryCorpusIndexTest {

    @Test
    void labelStateAndTextSearchSeeOnlyWhatTheLoginMayRead() throws Exception {
        try (Team team = new Team()) {
            ServerCorpusStore alice = team.corpus(team.alice);
            ServerCorpusStore bob = team.corpus(team.bob);
            Layer a = new Layer(team.d1, LayerOwner.annotator(team.alice));
            a.add(ServerCorpusStoreTest.span("a1", 0, 14));
            a.setState(LayerState.DONE);
            alice.saveLayer(a, 0);
            Layer b = new Layer(team.d2, LayerOwner.annotator(team.bob));
            b.add(ServerCorpusStoreTest.span("b1", 2, 14));
            bob.saveLayer(b, 0);

            ServerCorpusStore lena = team.corpus(team.lena);
            lena.index().refresh((done, total) -> { });
            assertEquals(List.of("d1", "d2"), ids(lena.index().find(DocumentQuery.ALL)));
            String label = ServerCorpusStoreTest.span("x", 0, 1).labelId();
            assertEquals(List.of("d1", "d2"), ids(lena.index().find(DocumentQuery.ALL.withLabel(label))));
            assertEquals(List.of("d1"), ids(lena.index().find(DocumentQuery.ALL.withState(LayerState.DONE))));
            assertEquals(List.of("d2"), ids(lena.index().find(DocumentQuery.ALL.withText("hypersonic weapons"))));
            assertEquals(List.of("d2"), ids(lena.index().find(
                    DocumentQuery.ALL.withOwner(LayerOwner.annotator(team.bob)).withLabel(label))));

            alice.index().refresh((done, total) -> { });
            assertEquals(List.of("d1"), ids(alice.index().find(DocumentQuery.ALL.withLabel(label))),
                    "alice's index does not see bob's span");
            assertEquals(List.of(), ids(alice.index().find(DocumentQuery.ALL.withOwner(LayerOwner.annotator(team.bob))
                    .withLabel(label))));
            IndexedDocument d2 = alice.index().find(DocumentQuery.ALL.withText("budget")).get(0);
            assertEquals(List.of(), d2.layers(), "no layer of bob's on d2 for alice");
        }
    }

    private static List<String> ids(List<IndexedDocument> rows) {
        return rows.stream().map(IndexedDocument::id).toList();
    }
}
