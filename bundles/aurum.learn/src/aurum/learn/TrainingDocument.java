package aurum.learn;

import java.util.List;
import java.util.Objects;

/**
 * A document and the spans people decided on it, as the trainer reads them. When {@code complete} is
 * true (the layer is marked done, or curated gold), everything in the text that is not a span is taken
 * as not a span of any label; otherwise only the lines holding a span are learned from, since the rest
 * of the document may simply not have been looked at yet.
 *
 * @param id       the document id, for the manifest and messages
 * @param text     the full text
 * @param spans    the decided spans, in any order; overlapping ones are resolved by the trainer
 * @param complete whether the whole document was annotated
 */
public record TrainingDocument(String id, String text, List<TrainingSpan> spans, boolean complete) {

    /** Copies the span list and rejects spans outside the text. */
    public TrainingDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        for (TrainingSpan s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("span " + s + " ends after the text of " + id + " (length "
                        + text.length() + ")");
            }
        }
    }
}
