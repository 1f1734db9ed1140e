package aurum.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStore;

/** The layer an export takes when none is named: what the corpus has. */
class LayerInventoryTest {

    @TempDir
    Path tmp;
    private CorpusStore store;

    @BeforeEach
    void corpus() throws IOException {
        store = Fixtures.corpus(tmp.resolve("corpus"));
    }

    @Test
    void theOnlyAnnotatorsLayerIsTakenWhenNothingIsCurated() throws Exception {
        Fixtures.add(store, "a", "Kato spoke.\n", LayerOwner.annotator("alice"), LayerState.DONE, 0, 4, "PER");
        Fixtures.add(store, "b", "Abe spoke.\n", LayerOwner.annotator("alice"), LayerState.IN_PROGRESS, 0, 3, "PER");
        Fixtures.add(store, "b", "Abe spoke.\n", LayerOwner.annotator("suggestions"), LayerState.NEW, 0, 3, "PER");
        LayerInventory inventory = LayerInventory.of(store);
        assertEquals(Optional.of(LayerSelection.parse("annotator:alice")), inventory.defaultLayer(),
                "the recognizers' suggestions layer is no annotator");
        assertEquals("alice: 1 in progress, 1 done", inventory.describe());
    }

    @Test
    void curatedGoldWinsOverAnnotators() throws Exception {
        Fixtures.add(store, "a", "Kato spoke.\n", LayerOwner.annotator("alice"), LayerState.DONE, 0, 4, "PER");
        Fixtures.gold(store, "b", "Abe spoke.\n", 0, 3, "PER");
        assertEquals(Optional.of(LayerSelection.GOLD), LayerInventory.of(store).defaultLayer());
        assertEquals("gold (1 curated)", LayerInventory.of(store).describeDefault());
    }

    @Test
    void severalAnnotatorsAndNoCuratedGoldLeaveTheChoiceToTheUser() throws Exception {
        Fixtures.add(store, "a", "Kato spoke.\n", LayerOwner.annotator("alice"), LayerState.DONE, 0, 4, "PER");
        Fixtures.add(store, "a", "Kato spoke.\n", LayerOwner.annotator("bob"), LayerState.IN_PROGRESS, 0, 4, "PER");
        Fixtures.add(store, "a", "Kato spoke.\n", LayerOwner.GOLD, LayerState.IN_PROGRESS, 0, 4, "PER");
        LayerInventory inventory = LayerInventory.of(store);
        assertEquals(Optional.empty(), inventory.defaultLayer());
        assertEquals("gold: 1 in progress; alice: 1 done; bob: 1 in progress", inventory.describe());
    }

    @Test
    void goldAloneIsTakenCuratedOrNotButNotBesideAnAnnotator() throws Exception {
        Fixtures.add(store, "a", "Kato spoke.\n", LayerOwner.GOLD, LayerState.IN_PROGRESS, 0, 4, "PER");
        assertEquals(Optional.of(LayerSelection.GOLD), LayerInventory.of(store).defaultLayer());
        Fixtures.add(store, "b", "Abe spoke.\n", LayerOwner.annotator("alice"), LayerState.DONE, 0, 3, "PER");
        assertEquals(Optional.empty(), LayerInventory.of(store).defaultLayer(), "gold in progress and alice: ask");
    }

    @Test
    void anEmptyCorpusHasNoLayer() throws Exception {
        assertEquals("no layer saved yet", LayerInventory.of(store).describe());
        assertEquals(Optional.empty(), LayerInventory.of(store).defaultLayer());
    }
}
