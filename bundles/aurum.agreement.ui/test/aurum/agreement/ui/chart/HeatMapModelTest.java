package aurum.agreement.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import aurum.agreement.ConfusionMatrix;

class HeatMapModelTest {

    private static HeatMapModel sample() {
        ConfusionMatrix m = new ConfusionMatrix();
        for (int i = 0; i < 16; i++) {
            m.add("PER", "PER");
        }
        for (int i = 0; i < 4; i++) {
            m.add("GPE", "GPE");
        }
        m.add("PER", "ORG");
        m.add("GPE", ConfusionMatrix.NONE);
        return HeatMapModel.of(m);
    }

    @Test
    void rowsAndColumnsAreTheSortedLabelsWithNoneLast() {
        HeatMapModel map = sample();
        assertEquals(List.of("GPE", "ORG", "PER", "none"), map.labels());
        assertEquals(16, map.max());
        assertEquals(16, map.count(2, 2));
        assertEquals(1, map.count("PER", "ORG"));
        assertEquals(0, map.count("ORG", "PER"));
        assertEquals(1, map.count("GPE", "none"));
        assertEquals(0, map.count("LOC", "GPE"), "a label not shown counts 0");
    }

    @Test
    void shadesGrowWithTheSquareRootOfTheCount() {
        HeatMapModel map = sample();
        assertEquals(1.0, map.shade(2, 2));
        assertEquals(0.5, map.shade(0, 0), 1e-12);
        assertEquals(0.25, map.shade(2, 1), 1e-12);
        assertEquals(0.0, map.shade(1, 2));
    }

    @Test
    void aMatrixWithoutSpansIsEmpty() {
        HeatMapModel map = HeatMapModel.of(new ConfusionMatrix());
        assertEquals(List.of("none"), map.labels());
        assertTrue(map.isEmpty());
        assertEquals(0.0, map.shade(0, 0));
        assertFalse(sample().isEmpty());
    }
}
