package aurum.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LayerTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final String TEXT = "The MoD said \u00a5 1.2\u00a0trillion would go to the \u201cHVGP\u201d glide vehicle.\r\n";
    private static final Comparator<Span> DOCUMENT_ORDER =
            Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed());
    private final Document document = new Document("news-1", TEXT, false, DocumentMetadata.NONE);
    private final Layer layer = new Layer(document, LayerOwner.annotator("alice"));

    private static Span span(String id, int start, int end, String label) {
        return Span.builder().id(id).range(start, end).label(label).annotator("alice").created(T0).build();
    }

    @Test
    void newLayerIsEmptyNewAndAtRevisionZero() {
        assertTrue(layer.isEmpty());
        assertEquals(LayerState.NEW, layer.state());
        assertEquals(0, layer.revision());
    }

    @Test
    void everyChangeBumpsTheRevisionAndTheFirstStartsTheWork() {
        layer.add(span("a", 4, 7, "ORG"));
        assertEquals(1, layer.revision());
        assertEquals(LayerState.IN_PROGRESS, layer.state());
        layer.replace(span("a", 4, 7, "OFFICIAL"));
        layer.remove("a");
        layer.setState(LayerState.DONE);
        assertEquals(4, layer.revision());
        layer.setState(LayerState.DONE);
        assertEquals(4, layer.revision());
    }

    @Test
    void suggestionsComingAndGoingLeaveANewLayerNewAndTheFirstDecisionStartsIt() {
        Span suggested = span("s", 4, 7, "ORG").withStatus(SpanStatus.SUGGESTED);
        layer.addAll(List.of(suggested, span("t", 8, 11, "ORG").withStatus(SpanStatus.SUGGESTED)));
        layer.replace(suggested.withLabel("GPE"));
        layer.remove("t");
        assertEquals(LayerState.NEW, layer.state(), "a recogniser's proposals are not the annotator's work");
        assertEquals(3, layer.revision());
        layer.replace(suggested.withLabel("GPE").withStatus(SpanStatus.REJECTED));
        assertEquals(LayerState.IN_PROGRESS, layer.state(), "rejecting is a decision");
    }

    @Test
    void deletingADrawnSpanIsADecisionAndAFinishedLayerStaysFinished() {
        Layer other = Layer.restore(document, LayerOwner.annotator("bob"), LayerState.NEW, 1,
                List.of(span("a", 4, 7, "ORG")));
        other.remove("a");
        assertEquals(LayerState.IN_PROGRESS, other.state());
        other.setState(LayerState.DONE);
        other.add(span("b", 0, 3, "ORG"));
        assertEquals(LayerState.DONE, other.state());
    }

    @Test
    void addedSpanComesBackEqualWithEveryField() {
        Span full = Span.builder().range(13, 27).label("MONEY").annotator("alice").note("yen")
                .attribute("currency", AttributeValue.ofEnum("JPY"))
                .attribute("amount", AttributeValue.ofNumber(new java.math.BigDecimal("1.2E12")))
                .status(SpanStatus.ACCEPTED).created(Instant.parse("2025-06-01T10:00:00.123456789Z"))
                .modified(Instant.parse("2025-06-02T11:00:00Z")).build();
        layer.add(full);
        assertEquals(Optional.of(full), layer.find(full.id()));
        assertEquals(List.of(full), layer.spans());
    }

    @Test
    void nonUuidIdsAndFarAwayTimesAreKeptExactly() {
        Span brat = span("T12", 0, 3, "ORG").withModified(Instant.MAX);
        Span ancient = Span.builder().id("T13").range(4, 7).label("ORG").created(Instant.EPOCH.minusSeconds(9_000_000_000L)).build();
        layer.add(brat);
        layer.add(ancient);
        assertEquals(brat, layer.find("T12").orElseThrow());
        assertEquals(ancient, layer.find("T13").orElseThrow());
        assertFalse(layer.contains("t12"));
    }

    @Test
    void modificationTimesBeforeCreationOrBesideFarCreationTimesRoundTrip() {
        Span earlier = span("a", 0, 3, "ORG").withModified(T0.minusNanos(1));
        Span farCreated = Span.builder().id("b").range(4, 7).label("ORG").created(Instant.MIN).modified(T0).build();
        Span edited = span("c", 8, 9, "ORG").withModified(T0.plusNanos(123_456_789));
        layer.addAll(List.of(earlier, farCreated, edited));
        assertEquals(earlier, layer.find("a").orElseThrow());
        assertEquals(farCreated, layer.find("b").orElseThrow());
        assertEquals(edited, layer.find("c").orElseThrow());
        layer.replace(farCreated.withModified(Instant.MAX));
        assertEquals(Instant.MAX, layer.find("b").orElseThrow().modified());
    }

    @Test
    void duplicateIdIsRejected() {
        layer.add(span("a", 0, 3, "ORG"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> layer.add(span("a", 4, 7, "ORG")));
        assertTrue(error.getMessage().contains("'a' is already used in the layer of annotator 'alice' on document 'news-1'"),
                error.getMessage());
        assertEquals(1, layer.revision());
    }

    @Test
    void spanNotFittingTheTextIsRejectedAndLeavesTheLayerUnchanged() {
        assertThrows(IllegalArgumentException.class, () -> layer.add(span("a", 60, 200, "ORG")));
        layer.add(span("b", 0, 3, "ORG"));
        assertThrows(IllegalArgumentException.class, () -> layer.replace(span("b", 0, 500, "ORG")));
        assertEquals(List.of(span("b", 0, 3, "ORG")), layer.spans());
        assertEquals(1, layer.revision());
    }

    @Test
    void addAllIsOneChangeAndKeepsTheIndexInDocumentOrder() {
        layer.add(span("m", 13, 27, "MONEY"));
        layer.addAll(List.of(span("o", 4, 7, "ORG"), span("n", 15, 18, "NUMBER")));
        assertEquals(2, layer.revision());
        assertEquals(List.of("o", "m", "n"), ids(layer.spans()));
        assertEquals(List.of("m", "n"), ids(layer.containing(16)));
    }

    @Test
    void addAllAddsNothingWhenOneSpanIsBad() {
        assertThrows(IllegalArgumentException.class,
                () -> layer.addAll(List.of(span("o", 4, 7, "ORG"), span("o", 8, 9, "ORG"))));
        assertThrows(IllegalArgumentException.class,
                () -> layer.addAll(List.of(span("p", 4, 7, "ORG"), span("q", 60, 99, "ORG"))));
        assertTrue(layer.isEmpty());
        assertEquals(0, layer.revision());
    }

    @Test
    void removingOrReplacingAnUnknownIdFails() {
        assertThrows(NoSuchElementException.class, () -> layer.remove("nope"));
        assertThrows(NoSuchElementException.class, () -> layer.replace(span("nope", 0, 1, "X")));
    }

    @Test
    void overlappingAndNestedSpansAreAllowedAndQueriedInDocumentOrder() {
        layer.add(span("money", 13, 27, "MONEY"));
        layer.add(span("amount", 15, 18, "NUMBER"));
        layer.add(span("org", 4, 7, "ORG"));
        layer.add(span("weapon", 44, 64, "WEAPON"));
        layer.add(span("weapon-name", 45, 49, "HYPERSONIC"));
        assertEquals(List.of("money", "amount"), ids(layer.overlapping(14, 20)));
        assertEquals(List.of("money", "amount"), ids(layer.containing(16)));
        assertEquals(List.of("org", "money", "amount", "weapon", "weapon-name"), ids(layer.spans()));
        assertEquals(List.of("weapon", "weapon-name"), ids(layer.containing(46)));
    }

    @Test
    void movingASpanMovesItInTheIndex() {
        layer.add(span("a", 0, 3, "ORG"));
        layer.add(span("b", 4, 7, "ORG"));
        layer.replace(span("a", 40, 45, "ORG"));
        assertEquals(List.of(), layer.overlapping(0, 3));
        assertEquals(List.of("a"), ids(layer.overlapping(41, 42)));
        assertEquals(List.of("b", "a"), ids(layer.spans()));
    }

    @Test
    void nextAndPreviousJumpFromTheCaretAndAfterBeforeStepThroughTies() {
        layer.add(span("x", 10, 20, "A"));
        layer.add(span("y", 10, 12, "B"));
        layer.add(span("z", 30, 32, "C"));
        assertEquals("x", layer.next(0).orElseThrow().id());
        assertEquals("z", layer.next(10).orElseThrow().id());
        assertEquals(Optional.empty(), layer.next(30));
        assertEquals("y", layer.previous(30).orElseThrow().id());
        assertEquals("y", layer.after("x").orElseThrow().id());
        assertEquals("z", layer.after("y").orElseThrow().id());
        assertEquals(Optional.empty(), layer.after("z"));
        assertEquals("x", layer.before("y").orElseThrow().id());
        assertEquals(Optional.empty(), layer.before("x"));
    }

    @Test
    void goldLayerEndsInCuratedAndAnnotatorLayersInDone() {
        Layer gold = new Layer(document, LayerOwner.GOLD);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> gold.setState(LayerState.DONE))
                .getMessage().contains("the gold layer ends in CURATED"));
        gold.setState(LayerState.CURATED);
        assertEquals(LayerState.CURATED, gold.state());
        assertThrows(IllegalArgumentException.class, () -> layer.setState(LayerState.CURATED));
    }

    @Test
    void restoreKeepsStateRevisionAndSpans() {
        List<Span> spans = List.of(span("b", 20, 22, "B"), span("a", 4, 7, "A"), span("c", 4, 30, "C"));
        Layer restored = Layer.restore(document, LayerOwner.GOLD, LayerState.CURATED, 17, spans);
        assertEquals(17, restored.revision());
        assertEquals(LayerState.CURATED, restored.state());
        assertEquals(List.of("c", "a", "b"), ids(restored.spans()));
        assertEquals(List.of("c", "b"), ids(restored.containing(21)));
    }

    @Test
    void restoreRejectsDuplicateIdsAndStatesTheOwnerCannotHave() {
        assertThrows(IllegalArgumentException.class, () -> Layer.restore(document, LayerOwner.annotator("a"),
                LayerState.NEW, 0, List.of(span("a", 0, 1, "X"), span("a", 2, 3, "X"))));
        assertThrows(IllegalArgumentException.class, () -> Layer.restore(document, LayerOwner.annotator("a"),
                LayerState.CURATED, 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> Layer.restore(document, LayerOwner.GOLD,
                LayerState.NEW, -1, List.of()));
    }

    @Test
    void randomEditsKeepQueriesEqualToAScanOverAPlainList() {
        String text = "x".repeat(2_000);
        Layer random = new Layer(new Document("r", text, false, null), LayerOwner.annotator("r"));
        List<Span> expected = new ArrayList<>();
        Random dice = new Random(1234);
        for (int round = 0; round < 2_000; round++) {
            int action = expected.isEmpty() ? 0 : dice.nextInt(4);
            int start = dice.nextInt(1_990);
            Span candidate = span(java.util.UUID.randomUUID().toString(), start, start + 1 + dice.nextInt(10), "L" + dice.nextInt(3));
            if (action <= 1) {
                random.add(candidate);
                expected.add(candidate);
            } else if (action == 2) {
                Span victim = expected.remove(dice.nextInt(expected.size()));
                assertEquals(victim, random.remove(victim.id()));
            } else {
                int which = dice.nextInt(expected.size());
                Span moved = expected.get(which).withRange(candidate.start(), candidate.end()).withLabel(candidate.labelId());
                random.replace(moved);
                expected.set(which, moved);
            }
            if (round % 100 == 0) {
                int a = dice.nextInt(2_000);
                int b = a + 1 + dice.nextInt(50);
                assertEquals(normalized(expected.stream().filter(s -> s.overlaps(a, b)).toList()),
                        normalized(inDocumentOrder(random.overlapping(a, b))));
            }
        }
        assertEquals(normalized(expected), normalized(inDocumentOrder(random.spans())));
        assertEquals(expected.size(), random.size());
    }

    /** Sorts by document order and then by id, since spans with equal ranges may come in any order. */
    private static List<Span> normalized(List<Span> spans) {
        List<Span> copy = new ArrayList<>(spans);
        copy.sort(DOCUMENT_ORDER.thenComparing(Span::id));
        return copy;
    }

    private static List<Span> inDocumentOrder(List<Span> spans) {
        for (int i = 1; i < spans.size(); i++) {
            assertTrue(DOCUMENT_ORDER.compare(spans.get(i - 1), spans.get(i)) <= 0, "out of order at " + i + ": " + spans);
        }
        return spans;
    }

    private static List<String> ids(List<Span> spans) {
        return spans.stream().map(Span::id).toList();
    }

    @Test
    void spanAtAndPositionOfFollowDocumentOrderThroughEdits() {
        layer.addAll(List.of(span("b", 4, 7, "ORG"), span("a", 0, 3, "ORG"), span("c", 4, 12, "GPE"),
                span("d", 8, 12, "ORG")));
        assertEquals(layer.spans(), List.of(layer.spanAt(0), layer.spanAt(1), layer.spanAt(2), layer.spanAt(3)));
        assertEquals(List.of("a", "c", "b", "d"), layer.spans().stream().map(Span::id).toList());
        for (int position = 0; position < layer.size(); position++) {
            assertEquals(position, layer.positionOf(layer.spanAt(position).id()));
        }
        layer.remove("c");
        layer.replace(span("a", 9, 12, "ORG"));
        assertEquals(List.of("b", "d", "a"), List.of(layer.spanAt(0).id(), layer.spanAt(1).id(), layer.spanAt(2).id()));
        assertEquals(2, layer.positionOf("a"));
        assertEquals(-1, layer.positionOf("c"));
        assertThrows(IndexOutOfBoundsException.class, () -> layer.spanAt(3));
    }

    @Test
    void countsByLabelCountEachStatusWithoutMissingAny() {
        layer.addAll(List.of(span("a", 0, 3, "ORG"), span("b", 4, 7, "ORG").withStatus(SpanStatus.SUGGESTED),
                span("c", 8, 12, "GPE").withStatus(SpanStatus.REJECTED), span("d", 13, 17, "ORG")));
        var counts = layer.countsByLabel();
        assertEquals(List.of("ORG", "GPE"), List.copyOf(counts.keySet()));
        assertEquals(2, counts.get("ORG")[SpanStatus.MANUAL.ordinal()] + counts.get("ORG")[SpanStatus.ACCEPTED.ordinal()]);
        assertEquals(1, counts.get("ORG")[SpanStatus.SUGGESTED.ordinal()]);
        assertEquals(1, counts.get("GPE")[SpanStatus.REJECTED.ordinal()]);
        assertEquals(4, counts.values().stream().flatMapToInt(java.util.Arrays::stream).sum());
    }

    @Test
    void copyHasEverySpanStateAndRevisionAndChangesIndependently() {
        layer.addAll(List.of(span("a", 0, 3, "ORG"), span("not-a-uuid", 4, 12, "GPE").withNote("checked"),
                span("b", 4, 7, "ORG").withStatus(SpanStatus.SUGGESTED)));
        layer.setState(LayerState.DONE);
        Layer copy = layer.copy();
        assertEquals(layer.spans(), copy.spans());
        assertEquals(layer.state(), copy.state());
        assertEquals(layer.revision(), copy.revision());
        assertEquals(layer.find("not-a-uuid"), copy.find("not-a-uuid"));
        layer.remove("a");
        copy.add(span("c", 13, 17, "ORG"));
        assertTrue(copy.contains("a"));
        assertFalse(layer.contains("c"));
        assertEquals(List.of("not-a-uuid", "b"), layer.spans().stream().map(Span::id).toList());
        assertEquals(List.of("a", "not-a-uuid", "b", "c"), copy.spans().stream().map(Span::id).toList());
        assertEquals(List.of("b"), copy.overlapping(5, 6).stream().map(Span::id).filter("b"::equals).toList());
    }
}
