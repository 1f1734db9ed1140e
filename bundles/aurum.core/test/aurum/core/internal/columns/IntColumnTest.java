package aurum.core.internal.columns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntColumnTest {

    @Test
    void uniformValuesNeedNoArray() {
        IntColumn column = new IntColumn();
        column.ensureCapacity(1_000);
        for (int row = 0; row < 1_000; row++) {
            column.set(row, 7);
        }
        assertFalse(column.isMaterialized());
        assertEquals(7, column.get(999));
    }

    @Test
    void secondDistinctValueMaterialisesAndKeepsEarlierRows() {
        IntColumn column = new IntColumn();
        column.ensureCapacity(3);
        column.set(0, 7);
        column.set(1, 7);
        column.set(2, 9);
        assertTrue(column.isMaterialized());
        assertEquals(7, column.get(0));
        assertEquals(7, column.get(1));
        assertEquals(9, column.get(2));
        column.ensureCapacity(10);
        column.set(9, -4);
        assertEquals(9, column.get(2));
        assertEquals(-4, column.get(9));
    }

    @Test
    void writingBeyondTheCapacityFails() {
        IntColumn column = new IntColumn();
        column.ensureCapacity(2);
        assertThrows(IndexOutOfBoundsException.class, () -> column.set(2, 1));
    }

    @Test
    void longColumnBehavesTheSame() {
        LongColumn column = new LongColumn();
        column.ensureCapacity(2);
        column.set(0, Long.MAX_VALUE);
        column.set(1, Long.MAX_VALUE);
        assertFalse(column.isMaterialized());
        column.set(1, 3L);
        column.ensureCapacity(5);
        assertEquals(Long.MAX_VALUE, column.get(0));
        assertEquals(3L, column.get(1));
    }
}
