package aurum.corpus.importer;

import java.util.List;
import java.util.Objects;

import aurum.core.model.Document;
import aurum.core.model.Span;

/**
 * One document as an importer produced it: the text, the spans found for it (already converted to
 * UTF-16 offsets and checked against the text) and what the importer had to guess or leave out.
 *
 * @param document the imported document
 * @param spans spans in source order, possibly empty
 * @param warnings problems that did not stop the import, possibly empty
 */
public record ImportedDocument(Document document, List<Span> spans, List<ImportWarning> warnings) {

    /** Copies the lists so the record stays immutable. */
    public ImportedDocument {
        Objects.requireNonNull(document, "document");
        spans = List.copyOf(spans);
        warnings = List.copyOf(warnings);
    }
}
