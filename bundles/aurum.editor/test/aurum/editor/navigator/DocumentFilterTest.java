package aurum.editor.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import aurum.core.model.LayerState;

class DocumentFilterTest {

    private final DocumentRow row = new DocumentRow("003_abc", "US, Japan sign pact", 120, LayerState.IN_PROGRESS,
            Map.of("ORG", 2, "GPE", 5, "PERSON", 2), 2, 3);

    @Test
    void matchesIdTitleOrTextIgnoringCase() {
        DocumentFilter filter = new DocumentFilter();
        assertTrue(filter.matches(row));
        filter.set("  JAPAN ", Set.of());
        assertTrue(filter.matches(row));
        filter.set("003_A", Set.of());
        assertTrue(filter.matches(row));
        filter.set("treaty", Set.of());
        assertFalse(filter.matches(row));
        filter.set("treaty", Set.of("003_abc"));
        assertTrue(filter.matches(row), "a text match found by the search job");
    }

    @Test
    void keepsOnlyTheGivenDocumentsWhenAsked() {
        DocumentFilter filter = new DocumentFilter();
        filter.setOnly(Set.of("007_other"));
        assertFalse(filter.matches(row), "not assigned to me");
        filter.setOnly(Set.of("003_abc"));
        assertTrue(filter.matches(row));
        filter.set("treaty", Set.of());
        assertFalse(filter.matches(row), "both the assignment and the query must match");
        filter.set("", Set.of());
        filter.setOnly(null);
        assertTrue(filter.matches(row));
    }

    @Test
    void rowTextsForTheTable() {
        assertEquals("in progress", row.stateText());
        assertEquals("GPE 5 · ORG 2 · PERSON 2", row.countsText());
        assertEquals("≈2 (3 docs)", row.clusterText());
        assertEquals("≈2 (3 docs)", row.withLayer(LayerState.DONE, Map.of()).clusterText(), "the cluster stays");
        assertEquals("", row.withLayer(LayerState.DONE, Map.of()).countsText());
        assertEquals("done", row.withLayer(LayerState.DONE, Map.of()).stateText());
    }
}
