package aurum.corpus.boilerplate;

import java.util.Objects;

/**
 * A proposed boilerplate region {@code [start, end)} in UTF-16 offsets of the unchanged text, with the
 * kind and a short human-readable reason (the rule that fired) so that a reviewer can judge it.
 */
public record ExcludedRegion(int start, int end, RegionKind kind, String reason) {

    public ExcludedRegion {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad region [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether this region covers all of {@code [from, to)}. */
    public boolean covers(int from, int to) {
        return start <= from && to <= end;
    }

    /** Whether this region shares at least one character with {@code [from, to)}. */
    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    /** The covered text, for logs and tests. */
    public String textIn(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
