package aurum.core.internal.columns;

import java.util.Arrays;

/**
 * The long counterpart of {@link IntColumn}: timestamps of spans imported in one go are all equal, so
 * the column stays a single value until a second distinct one arrives.
 */
public final class LongColumn {

    private int capacity;
    private boolean uniformSet;
    private long uniform;
    private long[] values;

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
    public long get(int row) {
        return values == null ? uniform : values[row];
    }

    /** Writes the value of {@code row}, which must be below the capacity. */
    public void set(int row, long value) {
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
            values = new long[capacity];
            Arrays.fill(values, uniform);
        }
        values[row] = value;
    }

    /** Makes this column a copy of {@code other} that shares no array with it. */
    public void copyFrom(LongColumn other) {
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
