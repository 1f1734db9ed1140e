package aurum.corpus.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLifecycleTest {

    private static final LayerOwner ALICE = LayerOwner.annotator("alice");

    @TempDir
    Path dir;
    private CorpusStore store;
    private DocumentLifecycle lifecycle;

    @BeforeEach
    void corpus() throws Exception {
        store = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c", new LabelSetRef("news", "1.0.0")));
        for (String id : List.of("d1", "d2", "d3")) {
            store.addDocument(Document.imported(id, "Abe met Biden in Tokyo. " + id, DocumentMetadata.NONE));
        }
        lifecycle = new DocumentLifecycle(store);
    }

    private void tag(String id, LayerOwner owner, SpanStatus status) throws CorpusStoreException {
        Layer layer = store.loadLayer(id, owner);
        long revision = layer.revision();
        layer.add(Span.builder().range(0, 3).label("PER").status(status).build());
        store.saveLayer(layer, revision);
    }

    private LayerState state(String id, LayerOwner owner) throws CorpusStoreException {
        return store.loadLayer(id, owner).state();
    }

    @Test
    void finishingMarksInProgressAndNeverSavedLayersDoneAndLeavesDoneOnesAlone() throws Exception {
        tag("d1", ALICE, SpanStatus.MANUAL);
        lifecycle.finish(ALICE, List.of("d2"));
        List<StateChange> changes = lifecycle.finish(ALICE, List.of("d1", "d2", "d3", "d1"));
        assertEquals(List.of(new StateChange("d1", LayerState.IN_PROGRESS, LayerState.DONE),
                new StateChange("d2", LayerState.DONE, LayerState.DONE),
                new StateChange("d3", LayerState.NEW, LayerState.DONE)), changes);
        assertEquals(LayerState.DONE, state("d3", ALICE));
        assertTrue(store.loadLayer("d3", ALICE).isEmpty(), "a document with nothing to tag is done, not filled");
        assertEquals(1, store.loadLayer("d1", ALICE).size(), "the spans stay");
    }

    @Test
    void theIndexSeesTheNewStatesAtOnce() throws Exception {
        tag("d1", ALICE, SpanStatus.MANUAL);
        assertEquals(0, store.index().count(DocumentQuery.ALL.withState(LayerState.DONE)));
        lifecycle.finish(ALICE, List.of("d1", "d2"));
        assertEquals(2, store.index().count(DocumentQuery.ALL.withState(LayerState.DONE)));
        lifecycle.reopen(ALICE, List.of("d2"));
        assertEquals(1, store.index().count(DocumentQuery.ALL.withState(LayerState.DONE)));
    }

    @Test
    void reopeningTakesFinishedLayersBackToInProgressAndLeavesNewOnesNew() throws Exception {
        lifecycle.finish(ALICE, List.of("d1"));
        List<StateChange> changes = lifecycle.reopen(ALICE, List.of("d1", "d2"));
        assertEquals(List.of(new StateChange("d1", LayerState.DONE, LayerState.IN_PROGRESS),
                new StateChange("d2", LayerState.NEW, LayerState.NEW)), changes);
        assertFalse(changes.get(1).changed());
        assertEquals(LayerState.IN_PROGRESS, state("d1", ALICE));
        assertEquals(0, store.loadLayer("d2", ALICE).revision(), "nothing is written for a layer that stays new");
    }

    @Test
    void goldIsCuratedAndReopenedLikeAnAnnotatorLayer() throws Exception {
        tag("d1", LayerOwner.GOLD, SpanStatus.ACCEPTED);
        assertEquals(List.of(new StateChange("d1", LayerState.IN_PROGRESS, LayerState.CURATED)),
                lifecycle.finish(LayerOwner.GOLD, List.of("d1")));
        assertEquals(LayerState.CURATED, state("d1", LayerOwner.GOLD));
        lifecycle.reopen(LayerOwner.GOLD, List.of("d1"));
        assertEquals(LayerState.IN_PROGRESS, state("d1", LayerOwner.GOLD));
        assertEquals(LayerState.NEW, state("d1", ALICE), "other layers are not touched");
    }

    @Test
    void anUnknownIdChangesNothingAndIsNamed() throws Exception {
        CorpusStoreException e = assertThrows(CorpusStoreException.class,
                () -> lifecycle.finish(ALICE, List.of("d1", "nope")));
        assertTrue(e.getMessage().contains("'nope'") && e.getMessage().contains("nothing was changed"), e.getMessage());
        assertEquals(LayerState.NEW, state("d1", ALICE));
        assertFalse(Files.exists(dir.resolve("c/layers/annotators/alice/d1.json")));
    }

    @Test
    void aStateChangeIsJournaledWithoutRewritingTheSpans() throws Exception {
        tag("d1", ALICE, SpanStatus.MANUAL);
        Path layerFile = dir.resolve("c/layers/annotators/alice/d1.json");
        String before = Files.readString(layerFile);
        lifecycle.finish(ALICE, List.of("d1"));
        assertEquals(before, Files.readString(layerFile), "the state goes to the journal, the layer file stays");
        assertEquals(LayerState.DONE, CorpusStore.open(dir.resolve("c")).loadLayer("d1", ALICE).state());
    }

    @Test
    void suggestionsAloneDoNotStartALayerButADecisionDoes() throws Exception {
        tag("d1", ALICE, SpanStatus.SUGGESTED);
        assertEquals(LayerState.NEW, state("d1", ALICE));
        Layer layer = store.loadLayer("d1", ALICE);
        Span suggestion = layer.spans().get(0);
        long revision = layer.revision();
        layer.replace(suggestion.withStatus(SpanStatus.ACCEPTED));
        store.saveLayer(layer, revision);
        assertEquals(LayerState.IN_PROGRESS, state("d1", ALICE));
    }
}
