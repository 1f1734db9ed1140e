package aurum.editor.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import aurum.core.model.Span;
import aurum.core.model.SpanStatus;

/** Only spans that become accepted or made by hand count towards training the learning recognizer. */
class DecisionEventsTest {

    private static Span span(String id, SpanStatus status) {
        return Span.builder().id(id).range(0, 4).label("ORG").status(status).build();
    }

    @Test
    void acceptedAndManualSpansCountEditsOfDecidedSpansAndRejectionsDoNot() {
        List<LayerChange> changes = List.of(
                LayerChange.replaced(span("a", SpanStatus.SUGGESTED), span("a", SpanStatus.ACCEPTED)),
                new LayerChange(null, span("b", SpanStatus.MANUAL)),
                LayerChange.replaced(span("c", SpanStatus.ACCEPTED), span("c", SpanStatus.ACCEPTED).withNote("x")),
                LayerChange.replaced(span("d", SpanStatus.SUGGESTED), span("d", SpanStatus.REJECTED)),
                new LayerChange(span("e", SpanStatus.MANUAL), null));
        assertEquals(2, DecisionEvents.decided(changes));
    }
}
