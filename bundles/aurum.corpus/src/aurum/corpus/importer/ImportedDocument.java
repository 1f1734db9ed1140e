package aurum.corpus.importer;

import java.util.List;
import java.util.Objects;

import aurum.core.model.Document;
import aurum.core.model.Span;
import aurum.corpus.boilerplate.ExcludedRegion;

/**
 * One document as an importer produced it: the text, the spans found for it (already converted to
 * UTF-16 offsets and checked against the text) and what the importer had to guess or leave out.
 *
 * @param document the imported document
 * @param spans spans in source order, possibly empty
 * @param warnings problems that did not stop the import, possibly empty
 * @param boilerplate the boilerplate regions {@link aurum.corpus.boilerplate.BoilerplateDetector} proposes
 *        for the whole text, when the importer computed them already (for the title); {@code null} when not.
 *        Pass them to {@link aurum.corpus.store.DocumentBatch#add(Document, List)} so they are not proposed twice
 * @param annotated whether the source carried annotations for this document, even none: a brat {@code .ann}
 *        (empty too), a JSON line with a span field, a CoNLL file. An annotated document without spans is a
 *        negative example and gets an empty layer, so that exports keep it; a plain text file is not annotated
 */
public record ImportedDocument(Document document, List<Span> spans, List<ImportWarning> warnings,
        List<ExcludedRegion> boilerplate, boolean annotated) {

    /** Copies the lists so the record stays immutable. */
    public ImportedDocument {
        Objects.requireNonNull(document, "document");
        spans = List.copyOf(spans);
        warnings = List.copyOf(warnings);
        boilerplate = boilerplate == null ? null : List.copyOf(boilerplate);
        annotated |= !spans.isEmpty();
    }

    /** A document that is annotated when it has spans. */
    public ImportedDocument(Document document, List<Span> spans, List<ImportWarning> warnings,
            List<ExcludedRegion> boilerplate) {
        this(document, spans, warnings, boilerplate, !spans.isEmpty());
    }

    /** A document whose boilerplate is not known yet, annotated when it has spans. */
    public ImportedDocument(Document document, List<Span> spans, List<ImportWarning> warnings) {
        this(document, spans, warnings, null);
    }
}
