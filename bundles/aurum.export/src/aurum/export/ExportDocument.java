package aurum.export;

import java.util.List;
import java.util.Objects;

/**
 * One document as an exporter receives it: the text minus excluded regions, the selected spans after
 * every policy, and (for token formats) its sentences. All offsets are UTF-16 indices into {@code text}.
 *
 * @param id the document id in the corpus
 * @param text the exported text; equal to the stored text unless regions were excluded
 * @param spans spans sorted by start, then longest first
 * @param sentences the sentences with their tokens, or an empty list for character-offset formats
 */
public record ExportDocument(String id, String text, List<ExportSpan> spans, List<Sentence> sentences) {

    /** Copies the lists. */
    public ExportDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        sentences = List.copyOf(sentences);
    }
}
