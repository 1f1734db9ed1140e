package aurum.bench.spans;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/**
 * Puts a {@link SpanFixture}'s spans into a UIMA CAS (uimaj-core 3, no JCas cover classes): one
 * annotation type {@code aurum.Span} under {@code uima.tcas.Annotation} with a string feature
 * {@code label} and, optionally, {@code subtopic}; every annotation is added to the indexes, as the
 * annotation index is what answers position queries. The "full" type also holds what an Aurum span
 * holds besides: {@code id} (the UUID as a string), {@code annotator}, {@code status}, {@code created}
 * and {@code modified} (longs). Label, annotator and status strings are shared instances.
 */
final class CasSpans {

    static final String TYPE = "aurum.Span";

    private CasSpans() {
    }

    /** An empty CAS holding the fixture's text. */
    static CAS emptyCas(SpanFixture fixture, boolean withAttribute, boolean full) throws ResourceInitializationException {
        TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        TypeDescription span = types.addType(TYPE, "a labelled span", CAS.TYPE_NAME_ANNOTATION);
        span.addFeature("label", "label id", CAS.TYPE_NAME_STRING);
        if (withAttribute) {
            span.addFeature("subtopic", "one attribute", CAS.TYPE_NAME_STRING);
        }
        if (full) {
            span.addFeature("id", "UUID", CAS.TYPE_NAME_STRING);
            span.addFeature("annotator", "who", CAS.TYPE_NAME_STRING);
            span.addFeature("status", "how", CAS.TYPE_NAME_STRING);
            span.addFeature("created", "epoch nanos", CAS.TYPE_NAME_LONG);
            span.addFeature("modified", "epoch nanos", CAS.TYPE_NAME_LONG);
        }
        CAS cas = CasCreationUtils.createCas(types, null, null);
        cas.setDocumentText(fixture.text);
        return cas;
    }

    static void fill(CAS cas, SpanFixture fixture) {
        Type type = cas.getTypeSystem().getType(TYPE);
        Feature label = type.getFeatureByBaseName("label");
        Feature subtopic = type.getFeatureByBaseName("subtopic");
        Feature id = type.getFeatureByBaseName("id");
        long base = 1_767_225_600_000_000_000L;
        for (int i = 0; i < fixture.size(); i++) {
            AnnotationFS annotation = cas.createAnnotation(type, fixture.starts[i], fixture.ends[i]);
            annotation.setStringValue(label, SpanFixture.LABELS[fixture.labels[i]]);
            if (subtopic != null) {
                annotation.setStringValue(subtopic, SpanFixture.SUBTOPICS[fixture.subtopics[i]]);
            }
            if (id != null) {
                annotation.setStringValue(id, java.util.UUID.randomUUID().toString());
                annotation.setStringValue(type.getFeatureByBaseName("annotator"), "alice");
                annotation.setStringValue(type.getFeatureByBaseName("status"), "MANUAL");
                annotation.setLongValue(type.getFeatureByBaseName("created"), base + i * 1_000_000_000L);
                annotation.setLongValue(type.getFeatureByBaseName("modified"), base + (i + 1) * 1_000_000_000L);
            }
            cas.addFsToIndexes(annotation);
        }
    }
}
