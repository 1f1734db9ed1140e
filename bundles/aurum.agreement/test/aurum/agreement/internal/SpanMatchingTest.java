package aurum.agreement.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import aurum.agreement.ConfusionMatrix;
import aurum.agreement.MatchCounts;
import aurum.core.model.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The indexed matching against a plain double loop on random, overlapping and nested spans. */
class SpanMatchingTest {

    private static final List<String> LABELS = List.of("A", "B", "C");

    @Test
    void lenientCountsEqualTheNaiveDefinition() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Span> a = randomSpans(random);
            List<Span> b = randomSpans(random);
            MatchCounts m = SpanMatching.compare(a, b);
            assertEquals(naive(b, a), m.lenientOtherMatched(), "round " + round);
            assertEquals(naive(a, b), m.lenientReferenceMatched(), "round " + round);
        }
    }

    @Test
    void alignmentCountsEverySpanExactlyOnce() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<Span> a = randomSpans(random);
            List<Span> b = randomSpans(random);
            ConfusionMatrix m = new ConfusionMatrix();
            SpanMatching.align(a, b, m);
            long rows = 0;
            long columns = 0;
            for (String row : m.labels()) {
                for (String column : m.labels()) {
                    rows += row.equals(ConfusionMatrix.NONE) ? 0 : m.count(row, column);
                    columns += column.equals(ConfusionMatrix.NONE) ? 0 : m.count(row, column);
                }
            }
            assertEquals(a.size(), rows, "round " + round);
            assertEquals(b.size(), columns, "round " + round);
        }
    }

    @Test
    void identicalOffsetsAreAlignedBeforeLargerOverlaps() {
        // a's [0,10) could take b's [0,9) by overlap, but b's [0,10) has the same offsets
        List<Span> a = List.of(span(0, 10, "A"));
        List<Span> b = List.of(span(0, 9, "B"), span(0, 10, "C"));
        ConfusionMatrix m = new ConfusionMatrix();
        SpanMatching.align(a, b, m);
        assertEquals(1, m.count("A", "C"));
        assertEquals(1, m.count(ConfusionMatrix.NONE, "B"));
    }

    private static long naive(List<Span> spans, List<Span> others) {
        return spans.stream().filter(s -> others.stream()
                .anyMatch(o -> o.labelId().equals(s.labelId()) && o.overlaps(s.start(), s.end()))).count();
    }

    private static List<Span> randomSpans(Random random) {
        List<Span> spans = new ArrayList<>();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(60);
            spans.add(span(start, start + 1 + random.nextInt(15), LABELS.get(random.nextInt(LABELS.size()))));
        }
        return spans;
    }

    private static Span span(int start, int end, String label) {
        return Span.builder().range(start, end).label(label).created(Instant.EPOCH).build();
    }
}
