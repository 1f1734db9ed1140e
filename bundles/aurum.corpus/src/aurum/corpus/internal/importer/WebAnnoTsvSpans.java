package aurum.corpus.internal.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.Span;
import aurum.core.model.SpanBuilder;
import aurum.corpus.importer.ImportException;
import aurum.corpus.internal.importer.WebAnnoTsvDocumentReader.Annotation;
import aurum.corpus.internal.importer.WebAnnoTsvSchema.Column;
import aurum.corpus.internal.importer.WebAnnoTsvSchema.ColumnKind;

/**
 * Turns the span annotations of a WebAnno TSV 3 file into Aurum spans. The label is the layer's
 * {@code value} feature (the one feature when there is only one; DKPro's {@code NamedEntity} has
 * {@code identifier} and {@code value}), or the layer's short name ({@code NamedEntity}, {@code Span}) when
 * the layer has no feature or the annotation no value; the other features with a value become string
 * attributes. DKPro's token layers (part of speech, lemma, stem, morphology) and zero-length annotations
 * are counted, not imported.
 */
final class WebAnnoTsvSpans {

    /** Layers that annotate each token with a linguistic property rather than marking spans. */
    static final Set<String> TOKEN_LAYERS = Set.of("de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS",
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma",
            "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Stem",
            "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.morph.MorphologicalFeatures");

    private final String file;
    private final WebAnnoTsvSchema schema;
    private final Document document;
    private final WebAnnoTsvCounts counts;

    WebAnnoTsvSpans(String file, WebAnnoTsvSchema schema, Document document, WebAnnoTsvCounts counts) {
        this.file = file;
        this.schema = schema;
        this.document = document;
        this.counts = counts;
    }

    List<Span> spans(List<Annotation> annotations) throws ImportException {
        List<Span> spans = new ArrayList<>(annotations.size());
        for (Annotation a : annotations) {
            WebAnnoTsvSchema.Layer layer = schema.layers().get(a.layer);
            if (TOKEN_LAYERS.contains(layer.type())) {
                counts.tokenLayerAnnotation(a.layer);
                continue;
            }
            if (a.begin == a.end) {
                counts.zeroLength(a.layer);
                continue;
            }
            String labelFeature = labelFeature(a.layer);
            String value = labelFeature == null ? null : a.features.get(labelFeature);
            Map<String, AttributeValue> attributes = new TreeMap<>();
            a.features.forEach((feature, v) -> {
                if (!feature.equals(labelFeature) && v != null && !v.isBlank()) {
                    attributes.put(feature, AttributeValue.ofString(v));
                }
            });
            try {
                SpanBuilder span = Span.builder().range(a.begin, a.end)
                        .label(value == null || value.isBlank() ? layer.shortName() : value);
                attributes.forEach(span::attribute);
                spans.add(span.buildFor(document.text()));
            } catch (IllegalArgumentException e) {
                throw ImportException.atLine(file, a.line, 0, "the annotation of layer " + layer.type() + " at ["
                        + a.begin + ", " + a.end + ") does not fit the text (" + e.getMessage() + ")",
                        "Check the offsets on this line; WebAnno TSV offsets count UTF-16 units");
            }
        }
        return spans;
    }

    /** The feature whose value is the label: {@code value}, else the only primitive feature, else none. */
    private String labelFeature(int layer) {
        List<String> features = schema.columns().stream()
                .filter(c -> c.layer() == layer && c.kind() == ColumnKind.PRIMITIVE).map(Column::feature).toList();
        if (features.contains("value")) {
            return "value";
        }
        return features.size() == 1 ? features.get(0) : null;
    }
}
