package aurum.core.internal.columns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each distinct value an int code, so that a column of codes can stand for a column of values
 * that repeat a lot (a span's attribute map: a few sub-topics across a million spans). Codes are never
 * reused or freed; {@code null} is code -1.
 *
 * @param <T> an immutable value type with content equality
 */
public final class ValuePool<T> {

    private final List<T> values = new ArrayList<>();
    private final Map<T, Integer> codes = new HashMap<>();

    /** The code of {@code value}, assigning the next one if the value is new; -1 for {@code null}. */
    public int code(T value) {
        if (value == null) {
            return -1;
        }
        Integer known = codes.get(value);
        if (known != null) {
            return known;
        }
        int code = values.size();
        values.add(value);
        codes.put(value, code);
        return code;
    }

    /** The value of {@code code}, or {@code null} for -1. */
    public T value(int code) {
        return code < 0 ? null : values.get(code);
    }

    /** Makes this pool a copy of {@code other} (same codes); the pooled values are immutable and shared. */
    public void copyFrom(ValuePool<T> other) {
        values.clear();
        values.addAll(other.values);
        codes.clear();
        codes.putAll(other.codes);
    }

    /** The number of distinct values seen. */
    public int size() {
        return values.size();
    }
}
