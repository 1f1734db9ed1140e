package aurum.bench.spans;

import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Puts a {@link SpanFixture}'s spans into an Aurum {@link Layer} the way loading a saved layer does
 * ({@link Layer#restore}): each span with a random UUID, label, annotator, status MANUAL, created and
 * modified times a second apart, and optionally one string attribute {@code subtopic}.
 */
final class AurumSpans {

    private AurumSpans() {
    }

    static Document document(SpanFixture fixture) {
        return new Document("bench", fixture.text, false, DocumentMetadata.NONE);
    }

    static Layer layer(Document document, SpanFixture fixture, boolean withAttribute) {
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        List<Span> spans = new ArrayList<>(fixture.size());
        for (int i = 0; i < fixture.size(); i++) {
            Instant created = base.plusSeconds(i);
            var builder = Span.builder().id(UUID.randomUUID().toString()).range(fixture.starts[i], fixture.ends[i])
                    .label(SpanFixture.LABELS[fixture.labels[i]]).annotator("alice").status(SpanStatus.MANUAL)
                    .created(created).modified(created.plusSeconds(1));
            if (withAttribute) {
                builder.attribute("subtopic", AttributeValue.ofString(SpanFixture.SUBTOPICS[fixture.subtopics[i]]));
            }
            spans.add(builder.build());
        }
        return Layer.restore(document, LayerOwner.annotator("alice"), LayerState.IN_PROGRESS, 1, spans);
    }
}
