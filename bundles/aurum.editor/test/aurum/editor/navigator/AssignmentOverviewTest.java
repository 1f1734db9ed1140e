package aurum.editor.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.assignment.Assignments;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.index.LayerSummary;

class AssignmentOverviewTest {

    private static IndexedDocument document(String id, LayerSummary... layers) {
        return new IndexedDocument(id, id, 100, List.of(layers), List.of());
    }

    private static LayerSummary layer(String annotator, LayerState state) {
        return new LayerSummary(LayerOwner.annotator(annotator), state, 3, Map.of());
    }

    @Test
    void countsDoneInProgressNotStartedAndMissingFromTheIndex() {
        Assignments assignments = Assignments.EMPTY.assign(List.of("alice"), List.of("d1", "d2", "d3", "d4", "gone"))
                .assign(List.of("bob"), List.of("d1"));
        Map<String, IndexedDocument> index = Map.of(
                "d1", document("d1", layer("alice", LayerState.DONE), layer("bob", LayerState.IN_PROGRESS)),
                "d2", document("d2", layer("alice", LayerState.IN_PROGRESS)),
                "d3", document("d3", layer("alice", LayerState.NEW)),
                "d4", document("d4", layer("carol", LayerState.DONE)));
        AssignmentOverview overview = AssignmentOverview.of(assignments, index);
        assertEquals("alice: 1 of 5 done · 1 in progress · 2 not started · 1 no longer in the corpus\n"
                + "bob: 0 of 1 done · 1 in progress · 0 not started", overview.progressText());
        assertEquals("bob: 0 of 1 done · 1 in progress · 0 not started", overview.summaryOf("bob"));
        assertEquals("carol: nothing assigned", overview.summaryOf("carol"));
        assertEquals("alice, bob", overview.annotatorsText("d1"));
        assertEquals("", overview.annotatorsText("d9"));
        assertTrue(overview.documentsOf("alice").contains("d4"));
    }

    @Test
    void noAssignmentsIsEmpty() {
        assertTrue(AssignmentOverview.NONE.isEmpty());
        assertEquals("", AssignmentOverview.NONE.progressText());
    }
}
