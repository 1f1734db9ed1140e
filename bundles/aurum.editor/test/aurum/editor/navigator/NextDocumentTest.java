package aurum.editor.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import aurum.core.model.LayerState;

class NextDocumentTest {

    private static DocumentRow row(String id, LayerState state) {
        return new DocumentRow(id, id, 10, state, Map.of(), 0, 0);
    }

    private final List<DocumentRow> rows = List.of(row("a", LayerState.DONE), row("b", LayerState.IN_PROGRESS),
            row("c", LayerState.DONE), row("d", LayerState.NEW), row("e", LayerState.NEW));

    private Optional<String> after(String id, Set<String> assigned) {
        return NextDocument.after(rows, id, assigned).map(DocumentRow::id);
    }

    @Test
    void theNextUnfinishedDocumentInTheNavigatorsOrderComesNext() {
        assertEquals(Optional.of("d"), after("b", Set.of()), "c is done: skipped");
        assertEquals(Optional.of("b"), after("e", Set.of()), "wraps around to the start");
    }

    @Test
    void theCurrentDocumentIsNeverNextEvenWhileItsRowStillSaysInProgress() {
        List<DocumentRow> two = List.of(row("x", LayerState.IN_PROGRESS), row("y", LayerState.DONE));
        assertEquals(Optional.empty(), NextDocument.after(two, "x", Set.of()));
    }

    @Test
    void withAssignmentsOnlyTheAnnotatorsOwnDocumentsCount() {
        assertEquals(Optional.of("e"), after("b", Set.of("a", "b", "e")));
        assertEquals(Optional.empty(), after("b", Set.of("a", "b", "c")), "every other assigned one is done");
    }

    @Test
    void aDocumentNoLongerListedStartsFromTheTop() {
        assertEquals(Optional.of("b"), after("gone", Set.of()));
    }
}
