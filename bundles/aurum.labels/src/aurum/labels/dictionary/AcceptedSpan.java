package aurum.labels.dictionary;

import java.util.Objects;

/**
 * A span an annotator accepted somewhere in the corpus, reduced to what the corpus dictionary needs.
 * Plain types so that the core model can be adapted to it at integration time.
 *
 * @param documentId the document holding the span
 * @param start      UTF-16 start index in that document
 * @param end        UTF-16 end index (exclusive)
 * @param text       the covered text, as in the document
 * @param labelId    the accepted label
 */
public record AcceptedSpan(String documentId, int start, int end, String text, String labelId) {

    /** Rejects missing values and empty spans. */
    public AcceptedSpan {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(labelId, "labelId");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
