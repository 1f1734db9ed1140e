package aurum.learn;

import java.util.Objects;

/**
 * A span the model is taught: a label on UTF-16 offsets {@code [start, end)} of its document's text.
 *
 * @param start   first UTF-16 index
 * @param end     UTF-16 index after the span, greater than {@code start}
 * @param labelId the label, e.g. {@code WEAPON}
 */
public record TrainingSpan(int start, int end, String labelId) {

    /** Rejects empty spans and missing labels. */
    public TrainingSpan {
        Objects.requireNonNull(labelId, "labelId");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
