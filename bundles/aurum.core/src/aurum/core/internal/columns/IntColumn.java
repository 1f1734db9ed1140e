package aurum.core.internal.columns;

import java.util.Arrays;

/**
 * A growable int column that costs nothing per row while every row holds the same value. Many span
 * properties (status, annotator, label in a one-label layer) are uniform across a layer, so the array
 * is only allocated once a second distinct value is written.
 */
public final class IntColumn {

    private int capacity;
    private boolean uniformSet;
    private int uniform;
    private int[] values;

    /** Makes room for rows {@code 0..rows-1}; rows never written read as the uniform value. */
    public void ensureCapacity(int rows) {
        if (rows <= capacity) {
            return;
        }
        capacity = rows;
        if (values != null) {
            int old = values.length;
            values = Arrays.copyOf(values, rows);
            Arrays.fill(values, old, rows, uniform);
        }
    }

    /** Returns the value of {@code row}. */
    public int get(int row) {
        return values == null ? uniform : values[row];
    }

    /** Writes the value of {@code row}, which must be below the capacity. */
    public void set(int row, int value) {
        if (row < 0 || row >= capacity) {
            throw new IndexOutOfBoundsException("row " + row + " outside capacity " + capacity);
        }
        if (values == null) {
            if (!uniformSet) {
                uniform = value;
                uniformSet = true;
                return;
            }
            if (value == uniform) {
                return;
            }
            values = new int[capacity];
            Arrays.fill(values, uniform);
        }
        values[row] = value;
    }

    /** Makes this column a copy of {@code other} that shares no array with it. */
    public void copyFrom(IntColumn other) {
        capacity = other.capacity;
        uniformSet = other.uniformSet;
        uniform = other.uniform;
        values = other.values == null ? null : other.values.clone();
    }

    /** Tells whether a per-row array has been allocated; for memory tests and diagnostics. */
    public boolean isMaterialized() {
        return values != null;
    }
}
