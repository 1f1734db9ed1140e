package aurum.labels.dictionary;

import java.util.Map;

/**
 * A string that annotators accepted with more than one label, with how often each label was chosen;
 * a reviewer either fixes the minority or writes the distinction into the guideline.
 *
 * @param surface     the string, as most often written
 * @param labelCounts acceptances per label, most frequent first
 */
public record LabelConflict(String surface, Map<String, Integer> labelCounts) {

    /** Keeps an immutable copy that preserves the given order. */
    public LabelConflict {
        labelCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labelCounts));
    }

    /** How often the string was accepted in total. */
    public int total() {
        return labelCounts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
