package aurum.core.internal.columns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the few distinct strings of a layer (label ids, annotator ids) to small int codes so that a
 * column can store a code per span instead of a reference. {@code null} has the code -1. Codes are
 * never reused; a layer holds only a handful of distinct values.
 */
public final class StringPool {

    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> codes = new HashMap<>();

    /** Returns the code of {@code value}, assigning the next free one on first sight. */
    public int code(String value) {
        if (value == null) {
            return -1;
        }
        Integer known = codes.get(value);
        if (known != null) {
            return known;
        }
        int code = strings.size();
        strings.add(value);
        codes.put(value, code);
        return code;
    }

    /** Returns the string of a code handed out by {@link #code(String)}. */
    public String string(int code) {
        return code < 0 ? null : strings.get(code);
    }

    /** Makes this pool a copy of {@code other} (same codes); the pooled values are immutable and shared. */
    public void copyFrom(StringPool other) {
        strings.clear();
        strings.addAll(other.strings);
        codes.clear();
        codes.putAll(other.codes);
    }

    /** The number of distinct non-null strings seen. */
    public int size() {
        return strings.size();
    }
}
