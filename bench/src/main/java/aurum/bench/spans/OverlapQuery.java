package aurum.bench.spans;

import aurum.core.index.SpanBounds;
import aurum.core.index.SpanIndex;
import aurum.core.model.Layer;
import java.util.Random;
import java.util.function.IntBinaryOperator;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;

/**
 * Times "which spans overlap [a, b)" over a million spans (issue 3): {@link Layer#overlapping}, which
 * also materialises a {@code Span} record per hit; the bare {@link SpanIndex} reporting handles; a
 * linear scan over the offset arrays; and UIMA's nearest query, {@code select().coveredBy(a, b)}, which
 * answers less (only spans inside the window; UIMA core has no overlap selector).
 *
 * <p>Usage: {@code OverlapQuery [spans=1000000] [queries=20000] [seed=7]}; windows of 100 and 2,000 chars.
 */
public final class OverlapQuery {

    private OverlapQuery() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
        SpanFixture fixture = SpanFixture.create(count, seed);
        Layer layer = AurumSpans.layer(AurumSpans.document(fixture), fixture, false);
        SpanIndex index = new SpanIndex(new SpanBounds() {
            @Override
            public int start(int handle) {
                return fixture.starts[handle];
            }

            @Override
            public int end(int handle) {
                return fixture.ends[handle];
            }
        });
        int[] handles = new int[count];
        for (int i = 0; i < count; i++) {
            handles[i] = i;
        }
        index.load(handles, count);
        CAS cas = CasSpans.emptyCas(fixture, false, false);
        CasSpans.fill(cas, fixture);
        Type type = cas.getTypeSystem().getType(CasSpans.TYPE);
        int printed = 0;
        System.out.printf("%,d spans over %,d chars; %,d random windows per row (linear scan: a 100th)%n", count,
                fixture.text.length(), queries);
        // the first pass only warms up the JIT for every row, so no row pays for another's compilation
        for (int window : new int[] {100, 2_000, 100, 2_000}) {
            boolean measured = printed++ >= 2;
            if (measured) {
                System.out.printf("-- window %,d chars%n", window);
            }
            run("Layer.overlapping (Span records)", measured, window, queries, fixture, (a, b) -> layer.overlapping(a, b).size());
            run("SpanIndex.forEachOverlapping", measured, window, queries, fixture, (a, b) -> {
                int[] hits = new int[1];
                index.forEachOverlapping(a, b, h -> hits[0]++);
                return hits[0];
            });
            run("linear scan of offset arrays", measured, window, Math.max(1, queries / 100), fixture, (a, b) -> {
                int hits = 0;
                for (int i = 0; i < count; i++) {
                    if (fixture.starts[i] < b && fixture.ends[i] > a) {
                        hits++;
                    }
                }
                return hits;
            });
            run("UIMA select().coveredBy (inside only)", measured, window, queries, fixture,
                    (a, b) -> (int) cas.getAnnotationIndex(type).select().coveredBy(a, b).count());
        }
    }

    private static void run(String name, boolean print, int window, int queries, SpanFixture fixture,
            IntBinaryOperator query) {
        int[] starts = new int[queries];
        Random random = new Random(window);
        for (int i = 0; i < queries; i++) {
            starts[i] = random.nextInt(fixture.text.length() - window);
        }
        long hits = 0;
        for (int i = 0; i < Math.min(queries, 2_000); i++) {
            hits += query.applyAsInt(starts[i], starts[i] + window);
        }
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            hits = 0;
            long begin = System.nanoTime();
            for (int i = 0; i < queries; i++) {
                hits += query.applyAsInt(starts[i], starts[i] + window);
            }
            best = Math.min(best, (System.nanoTime() - begin) / 1e3 / queries);
        }
        if (!print) {
            return;
        }
        System.out.printf("  %-40s %10.2f µs/query %,12.0f queries/s  %8.1f hits/query (best of 3)%n", name, best,
                1e6 / best, (double) hits / queries);
    }
}
