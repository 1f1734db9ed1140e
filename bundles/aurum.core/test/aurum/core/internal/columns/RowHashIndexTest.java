package aurum.core.internal.columns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowHashIndexTest {

    /** Keys with only a few distinct hashes, so probe chains collide and wrap around. */
    private final Map<Integer, Integer> keyOfRow = new HashMap<>();
    private final RowHashIndex index = new RowHashIndex(row -> keyOfRow.get(row) % 5);

    @Test
    void findsEveryKeyThroughRandomAddsAndRemovesWithCollidingHashes() {
        Random random = new Random(3);
        List<Integer> rows = new ArrayList<>();
        for (int round = 0; round < 4_000; round++) {
            if (rows.isEmpty() || random.nextInt(5) < 3) {
                int row = round;
                keyOfRow.put(row, random.nextInt(1_000_000));
                index.add(row);
                rows.add(row);
            } else {
                int row = rows.remove(random.nextInt(rows.size()));
                index.remove(row);
                int key = keyOfRow.remove(row);
                assertEquals(-1, find(key, row), "removed row " + row + " must not be found");
            }
        }
        assertEquals(rows.size(), index.size());
        for (int row : rows) {
            assertEquals(row, find(keyOfRow.get(row), row));
        }
    }

    @Test
    void removingAnAbsentRowFails() {
        keyOfRow.put(1, 10);
        keyOfRow.put(2, 11);
        index.add(1);
        assertThrows(IllegalStateException.class, () -> index.remove(2));
    }

    private int find(int key, int row) {
        return index.find(key % 5, candidate -> candidate == row && keyOfRow.get(candidate) == key);
    }
}
