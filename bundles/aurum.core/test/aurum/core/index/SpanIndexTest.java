package aurum.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class SpanIndexTest {

    private final ArrayBounds bounds = new ArrayBounds();
    private final SpanIndex index = new SpanIndex(bounds);
    private final List<Integer> live = new ArrayList<>();

    @Test
    void emptyIndexFindsNothing() {
        assertEquals(List.of(), overlapping(0, 100));
        assertEquals(List.of(), containing(5));
        assertEquals(-1, index.nextPosition(0));
        assertEquals(-1, index.previousPosition(100));
    }

    @Test
    void documentOrderPutsEnclosingSpansBeforeNestedOnes() {
        add(0, 5, 10);
        add(1, 5, 20);
        add(2, 0, 30);
        add(3, 5, 20);
        assertEquals(List.of(2, 1, 3, 0), inOrder());
    }

    @Test
    void overlapUsesHalfOpenRanges() {
        add(0, 0, 5);
        add(1, 5, 10);
        add(2, 10, 15);
        assertEquals(List.of(1), overlapping(5, 10));
        assertEquals(List.of(0, 1), overlapping(4, 6));
        assertEquals(List.of(), overlapping(15, 20));
        assertEquals(List.of(), overlapping(7, 7));
        assertEquals(List.of(1), containing(9));
        assertEquals(List.of(2), containing(10));
    }

    @Test
    void longSpanStartingFarBeforeTheQueryIsFound() {
        add(0, 0, 1_000);
        for (int handle = 1; handle < 300; handle++) {
            add(handle, handle * 3, handle * 3 + 2);
        }
        assertEquals(List.of(0, 100), overlapping(301, 302));
        assertEquals(List.of(0), overlapping(950, 960));
    }

    @Test
    void nextAndPreviousJumpByStartOffset() {
        add(0, 0, 4);
        add(1, 6, 9);
        add(2, 6, 7);
        add(3, 12, 14);
        assertEquals(1, index.handleAt(index.nextPosition(0)));
        assertEquals(3, index.handleAt(index.nextPosition(6)));
        assertEquals(-1, index.nextPosition(12));
        assertEquals(2, index.handleAt(index.previousPosition(12)));
        assertEquals(0, index.handleAt(index.previousPosition(6)));
        assertEquals(-1, index.previousPosition(0));
    }

    @Test
    void addingAHandleTwiceOrRemovingAnAbsentOneFails() {
        add(0, 1, 2);
        assertThrows(IllegalArgumentException.class, () -> index.add(0));
        bounds.set(1, 1, 2);
        assertThrows(IllegalArgumentException.class, () -> index.remove(1));
        assertThrows(IllegalArgumentException.class, () -> index.load(new int[] {0, 0}, 2));
    }

    @Test
    void reversedQueryRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> overlapping(5, 4));
    }

    @Test
    void queriesMatchABruteForceScanOnRandomBulkLoadedSpans() {
        Random random = new Random(7);
        int count = 5_000;
        int[] handles = new int[count];
        for (int handle = 0; handle < count; handle++) {
            int start = random.nextInt(50_000);
            bounds.set(handle, start, start + randomLength(random));
            handles[handle] = handle;
            live.add(handle);
        }
        index.load(handles, count);
        assertEquals(bruteOrder(), inOrder());
        compareQueries(random, 500);
    }

    @Test
    void queriesStayRightThroughInterleavedAddsAndRemoves() {
        Random random = new Random(11);
        int nextHandle = 0;
        for (int round = 0; round < 3_000; round++) {
            if (live.isEmpty() || random.nextInt(3) > 0) {
                int start = random.nextInt(5_000);
                add(nextHandle++, start, start + randomLength(random));
            } else {
                Integer handle = live.remove(random.nextInt(live.size()));
                index.remove(handle);
            }
            if (round % 50 == 0) {
                compareQueries(random, 20);
            }
        }
        assertEquals(bruteOrder(), inOrder());
        compareQueries(random, 200);
    }

    private void compareQueries(Random random, int queries) {
        int limit = 1 + live.stream().mapToInt(bounds::end).max().orElse(100);
        for (int q = 0; q < queries; q++) {
            int a = random.nextInt(limit);
            int b = a + 1 + random.nextInt(random.nextBoolean() ? 20 : 2_000);
            assertEquals(brute(h -> bounds.start(h) < b && bounds.end(h) > a), overlapping(a, b), "overlapping " + a + ".." + b);
            assertEquals(brute(h -> bounds.start(h) <= a && bounds.end(h) > a), containing(a), "containing " + a);
            List<Integer> after = brute(h -> bounds.start(h) > a);
            assertEquals(after.isEmpty() ? -1 : after.get(0),
                    index.nextPosition(a) < 0 ? -1 : index.handleAt(index.nextPosition(a)), "next after " + a);
            List<Integer> before = brute(h -> bounds.start(h) < a);
            assertEquals(before.isEmpty() ? -1 : before.get(before.size() - 1),
                    index.previousPosition(a) < 0 ? -1 : index.handleAt(index.previousPosition(a)), "previous before " + a);
        }
        for (Integer handle : live) {
            assertEquals((int) handle, index.handleAt(index.positionOf(handle)));
        }
    }

    private static int randomLength(Random random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return 1 + random.nextInt(5_000);
        }
        return 1 + random.nextInt(kind < 5 ? 3 : 40);
    }

    private void add(int handle, int start, int end) {
        bounds.set(handle, start, end);
        index.add(handle);
        live.add(handle);
    }

    private List<Integer> overlapping(int start, int end) {
        List<Integer> result = new ArrayList<>();
        index.forEachOverlapping(start, end, result::add);
        return result;
    }

    private List<Integer> containing(int offset) {
        List<Integer> result = new ArrayList<>();
        index.forEachContaining(offset, result::add);
        return result;
    }

    private List<Integer> inOrder() {
        List<Integer> result = new ArrayList<>();
        for (int position = 0; position < index.size(); position++) {
            result.add(index.handleAt(position));
        }
        return result;
    }

    private List<Integer> bruteOrder() {
        return brute(h -> true);
    }

    private List<Integer> brute(IntPredicate keep) {
        return live.stream().filter(keep::test)
                .sorted(Comparator.<Integer>comparingInt(bounds::start)
                        .thenComparing(Comparator.<Integer>comparingInt(bounds::end).reversed())
                        .thenComparingInt(h -> h))
                .toList();
    }
}
