package aurum.editor.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.assignment.Assignments;
import aurum.corpus.assignment.AssignmentsFile;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

class AssignmentOverviewTest {

    private static void state(CorpusStore store, String id, String annotator, LayerState state) throws IOException {
        Layer layer = store.loadLayer(id, LayerOwner.annotator(annotator));
        long revision = layer.revision();
        layer.setState(state);
        store.saveLayer(layer, revision);
    }

    @Test
    void countsDoneInProgressNotStartedAndMissingInTheIndex(@TempDir Path dir) throws IOException {
        try (CorpusStore store = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c",
                new LabelSetRef("news", "1.0")))) {
            for (String id : List.of("d1", "d2", "d3", "d4")) {
                store.addDocument(Document.imported(id, "Text of " + id + ".", DocumentMetadata.NONE));
            }
            state(store, "d1", "alice", LayerState.DONE);
            state(store, "d1", "bob", LayerState.IN_PROGRESS);
            state(store, "d2", "alice", LayerState.IN_PROGRESS);
            state(store, "d4", "carol", LayerState.DONE);
            Assignments assignments = Assignments.EMPTY
                    .assign(List.of("alice"), List.of("d1", "d2", "d3", "d4", "gone")).assign(List.of("bob"), List.of("d1"));
            AssignmentsFile.write(store.directory(), assignments);

            AssignmentOverview overview = AssignmentOverview.read(store);
            assertEquals("alice: 1 of 5 done · 1 in progress · 2 not started · 1 no longer in the corpus\n"
                    + "bob: 0 of 1 done · 1 in progress · 0 not started", overview.progressText());
            assertEquals("bob: 0 of 1 done · 1 in progress · 0 not started", overview.summaryOf("bob"));
            assertEquals("carol: nothing assigned", overview.summaryOf("carol"));
            assertEquals("alice, bob", overview.annotatorsText("d1"));
            assertEquals("", overview.annotatorsText("d9"));
            assertTrue(overview.documentsOf("alice").contains("d4"));
        }
    }

    @Test
    void noAssignmentsIsEmpty(@TempDir Path dir) throws IOException {
        assertTrue(AssignmentOverview.NONE.isEmpty());
        assertEquals("", AssignmentOverview.NONE.progressText());
        try (CorpusStore store = CorpusStore.create(dir.resolve("c"), CorpusSettings.of("c",
                new LabelSetRef("news", "1.0")))) {
            assertTrue(AssignmentOverview.read(store).isEmpty());
        }
    }
}
