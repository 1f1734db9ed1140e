package aurum.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A layer summary's counts: sorted, unmodifiable, equal to any map with the same entries. */
class LayerSummaryTest {

    @Test
    void countsAreCopiedSortedAndUnmodifiable() {
        Map<String, Integer> given = new HashMap<>(Map.of("WEAPON", 2, "AMOUNT", 1, "OFFICIAL", 4));
        LayerSummary summary = new LayerSummary(LayerOwner.GOLD, LayerState.DONE, 3, given);
        given.put("EXTRA", 9);
        assertEquals(List.of("AMOUNT", "OFFICIAL", "WEAPON"), List.copyOf(summary.spansPerLabel().keySet()));
        assertEquals(7, summary.spanCount());
        assertEquals(4, summary.spansPerLabel().get("OFFICIAL"));
        assertNull(summary.spansPerLabel().get("EXTRA"));
        assertNull(summary.spansPerLabel().get(42));
        assertEquals(new TreeMap<>(Map.of("WEAPON", 2, "AMOUNT", 1, "OFFICIAL", 4)), summary.spansPerLabel());
        assertEquals(Map.of("WEAPON", 2, "AMOUNT", 1, "OFFICIAL", 4).hashCode(), summary.spansPerLabel().hashCode());
        assertEquals("{AMOUNT=1, OFFICIAL=4, WEAPON=2}", summary.spansPerLabel().toString());
        assertThrows(UnsupportedOperationException.class, () -> summary.spansPerLabel().put("X", 1));
        assertThrows(UnsupportedOperationException.class, () -> summary.spansPerLabel().remove("WEAPON"));
        assertThrows(UnsupportedOperationException.class, () -> summary.spansPerLabel().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> summary.spansPerLabel().entrySet().iterator().next().setValue(5));
    }

    @Test
    void summariesFromArraysEqualThoseFromMaps() {
        String[] labels = {"AMOUNT", "WEAPON", "unused"};
        int[] counts = {1, 2, 99};
        LayerSummary fromArrays = LayerSummary.of(LayerOwner.annotator("alice"), LayerState.NEW, 1, labels, counts, 2);
        labels[0] = "CHANGED"; // copied, not kept
        assertEquals(new LayerSummary(LayerOwner.annotator("alice"), LayerState.NEW, 1, Map.of("WEAPON", 2, "AMOUNT", 1)),
                fromArrays);
        assertEquals(0, LayerSummary.of(LayerOwner.GOLD, LayerState.NEW, 0, labels, counts, 0).spanCount());
        assertTrue(LayerSummary.of(LayerOwner.GOLD, LayerState.NEW, 0, labels, counts, 0).spansPerLabel().isEmpty());
    }

    @Test
    void unsortedOrRepeatedLabelsAreRefused() {
        int[] counts = {1, 1};
        assertThrows(IllegalArgumentException.class,
                () -> LayerSummary.of(LayerOwner.GOLD, LayerState.NEW, 0, new String[] {"B", "A"}, counts, 2));
        assertThrows(IllegalArgumentException.class,
                () -> LayerSummary.of(LayerOwner.GOLD, LayerState.NEW, 0, new String[] {"A", "A"}, counts, 2));
        assertThrows(IllegalArgumentException.class,
                () -> LayerSummary.of(LayerOwner.GOLD, LayerState.NEW, 0, new String[] {"A", null}, counts, 2));
    }
}
