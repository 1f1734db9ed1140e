package aurum.editor.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import aurum.agreement.curation.Curation;
import aurum.agreement.curation.Disagreement;
import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.editor.internal.session.LayerChange;

/** Curation decisions become gold-layer changes, on the Fixtures text (emoji, no-break spaces, CRLF). */
class GoldChangesTest {

    /** CRLF, no-break spaces, curly quotes, a combining mark and an emoji outside the BMP. */
    private static final String TEXT = "\uD83D\uDE00 Tokyo\u00a0Bay met \u201cTokyo\u00a0bay\u201d.\r\n"
            + "Jose\u0301 of TOKYO BAY Inc. and Tokyo Bay.";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
    private final Document document = new Document("doc", TEXT, false, aurum.core.model.DocumentMetadata.NONE);
    private final Layer gold = new Layer(document, LayerOwner.GOLD);
    private final Layer alice = layer("alice", span("Tokyo\u00a0Bay", 0, "LOC", SpanStatus.MANUAL),
            span("TOKYO BAY Inc.", 0, "ORG", SpanStatus.MANUAL));
    private final Layer bob = layer("bob", span("Tokyo\u00a0Bay", 0, "LOC", SpanStatus.MANUAL),
            span("TOKYO BAY", 0, "LOC", SpanStatus.MANUAL),
            span("Tokyo Bay", 0, "ORG", SpanStatus.SUGGESTED));

    private static Span span(String text, int occurrence, String label, SpanStatus status) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = TEXT.indexOf(text, start + 1);
        }
        return new Span(label + start, start, start + text.length(), label, java.util.Map.of(), null, null,
                Instant.EPOCH, Instant.EPOCH, status);
    }

    private Layer layer(String annotator, Span... spans) {
        Layer layer = new Layer(document, LayerOwner.annotator(annotator));
        layer.addAll(List.of(spans));
        return layer;
    }

    @Test
    void acceptingAgreedSpansAddsThemAndLeavesGoldAsItWas() {
        List<LayerChange> changes = GoldChanges.of(gold, List.of(alice, bob), CLOCK, Curation::acceptAgreed);
        assertEquals(1, changes.size(), "only Tokyo Bay is agreed; bob's open suggestion is nobody's annotation");
        Span added = changes.get(0).after();
        assertNull(changes.get(0).before());
        assertEquals(TEXT.indexOf("Tokyo\u00a0Bay"), added.start());
        assertEquals(SpanStatus.ACCEPTED, added.status());
        assertTrue(gold.isEmpty(), "the decision was made on a copy");
    }

    @Test
    void replacingAnAcceptedVersionByARejectionRemovesItFirst() {
        apply(GoldChanges.of(gold, List.of(alice, bob), CLOCK, Curation::acceptAgreed));
        Disagreement inc = new Curation(gold, List.of(alice, bob), CLOCK).open().get(0);
        apply(GoldChanges.of(gold, List.of(alice, bob), CLOCK, c -> c.accept(inc, "alice")));
        Span accepted = gold.overlapping(inc.start(), inc.end()).get(0);
        assertEquals("alice", accepted.annotator());
        assertEquals("ORG", accepted.labelId());

        List<LayerChange> reject = GoldChanges.of(gold, List.of(alice, bob), CLOCK, c -> c.reject(inc));
        assertEquals(accepted, reject.get(0).before(), "the earlier decision goes first");
        assertNull(reject.get(0).after());
        assertEquals(2, reject.stream().filter(c -> c.before() == null && c.after().status() == SpanStatus.REJECTED)
                .count(), "both versions are stored as rejected");
        apply(reject);
        assertTrue(new Curation(gold, List.of(alice, bob), CLOCK).open().isEmpty());
    }

    private void apply(List<LayerChange> changes) {
        for (LayerChange change : changes) {
            if (change.before() == null) {
                gold.add(change.after());
            } else if (change.after() == null) {
                gold.remove(change.spanId());
            } else {
                gold.replace(change.after());
            }
        }
    }
}
