package aurum.labels.gazetteer;

import java.util.Arrays;

/**
 * Chooses leftmost-longest non-overlapping matches while the automaton streams matches in order of
 * their end. A candidate is held back until no later match can start at or before it, which the
 * automaton tells through its current depth: every future match starts at or after
 * {@code position - depth}. Only matches within that window are buffered, so memory stays bounded by
 * the dictionary, not the text.
 */
final class LeftmostLongestSelector {

    /** Receives a chosen span with the first of its entries (the caller walks same-key entries). */
    interface Emitter {
        void emit(int start, int end, int entry);
    }

    private final Emitter emitter;
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int[] entries = new int[8];
    private int count;
    private int nextFree;
    private int minStart = Integer.MAX_VALUE;

    LeftmostLongestSelector(Emitter emitter) {
        this.emitter = emitter;
    }

    /** Where the last emitted match ends: matches starting before it are no longer wanted. */
    int nextFree() {
        return nextFree;
    }

    /** Whether any match is buffered, waiting for {@link #settle}. */
    boolean hasPending() {
        return count > 0;
    }

    /** Whether {@link #settle} could emit anything now: some buffered match starts before the bound. */
    boolean canSettle(int lowerBound) {
        return count > 0 && minStart < lowerBound;
    }

    void offer(int start, int end, int entry) {
        if (start < nextFree) {
            return;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            entries = Arrays.copyOf(entries, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        entries[count] = entry;
        count++;
        minStart = Math.min(minStart, start);
    }

    /** Emits every buffered choice that starts before {@code lowerBound}, the earliest start still possible. */
    void settle(int lowerBound) {
        while (count > 0) {
            int best = -1;
            for (int i = 0; i < count; i++) {
                if (best < 0 || starts[i] < starts[best] || starts[i] == starts[best] && ends[i] > ends[best]) {
                    best = i;
                }
            }
            if (starts[best] >= lowerBound) {
                return;
            }
            emitter.emit(starts[best], ends[best], entries[best]);
            nextFree = ends[best];
            dropBefore(nextFree);
        }
    }

    private void dropBefore(int position) {
        int kept = 0;
        minStart = Integer.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            if (starts[i] >= position) {
                minStart = Math.min(minStart, starts[i]);
                starts[kept] = starts[i];
                ends[kept] = ends[i];
                entries[kept] = entries[i];
                kept++;
            }
        }
        count = kept;
    }
}
