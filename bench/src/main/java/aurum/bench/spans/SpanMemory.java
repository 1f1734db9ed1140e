package aurum.bench.spans;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.uima.cas.CAS;

/**
 * Measures the heap an Aurum {@link Layer} (with its span index) retains per span against a UIMA CAS
 * holding the same spans (issue 3: Aurum at most a third of the CAS), as the difference of heap in use
 * after full collections with and without the spans, so the text, the type system and the empty
 * containers are not counted. Run with {@code -XX:+UseSerialGC} and a heap large enough for both.
 *
 * <p>Usage: {@code SpanMemory [spans=1000000] [runs=3] [seed=7]}
 */
public final class SpanMemory {

    private interface Store {
        Object build() throws Exception;
    }

    private SpanMemory() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
        SpanFixture fixture = SpanFixture.create(count, seed);
        System.out.printf("%,d spans over %,d chars; heap after GC, bytes per span, %d runs (median)%n", count,
                fixture.text.length(), runs);
        for (boolean attribute : new boolean[] {false, true}) {
            Map<String, double[]> figures = new LinkedHashMap<>();
            Document document = AurumSpans.document(fixture);
            figures.put("Aurum Layer + SpanIndex", measure(runs, count, () -> AurumSpans.layer(document, fixture, attribute)));
            figures.put("UIMA CAS, begin/end/label" + (attribute ? "/subtopic" : ""),
                    measureCas(runs, fixture, attribute, false));
            figures.put("UIMA CAS, all Aurum fields", measureCas(runs, fixture, attribute, true));
            figures.put("List<Span> (Aurum records)", measure(runs, count, () -> AurumSpans.layer(document, fixture,
                    attribute).spans()));
            System.out.println(attribute ? "-- each span with one string attribute (subtopic)" : "-- no attributes");
            double aurum = median(figures.get("Aurum Layer + SpanIndex"));
            for (Map.Entry<String, double[]> row : figures.entrySet()) {
                double value = median(row.getValue());
                System.out.printf("  %-36s %7.1f bytes/span  (runs: %s)  Aurum/this = %.3f%n", row.getKey(), value,
                        format(row.getValue()), aurum / value);
            }
        }
    }

    private static double[] measure(int runs, int count, Store store) throws Exception {
        double[] perSpan = new double[runs];
        for (int run = 0; run < runs; run++) {
            long before = HeapProbe.usedAfterGc();
            Object kept = store.build();
            long after = HeapProbe.usedAfterGc();
            perSpan[run] = (double) (after - before) / count;
            Reference.reachabilityFence(kept);
        }
        return perSpan;
    }

    private static double[] measureCas(int runs, SpanFixture fixture, boolean attribute, boolean full) throws Exception {
        double[] perSpan = new double[runs];
        for (int run = 0; run < runs; run++) {
            CAS cas = CasSpans.emptyCas(fixture, attribute, full);
            long before = HeapProbe.usedAfterGc();
            CasSpans.fill(cas, fixture);
            long after = HeapProbe.usedAfterGc();
            perSpan[run] = (double) (after - before) / fixture.size();
            if (cas.getAnnotationIndex().size() < fixture.size()) {
                throw new IllegalStateException("the CAS lost annotations");
            }
        }
        return perSpan;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String format(double[] values) {
        List<String> parts = new ArrayList<>();
        for (double v : values) {
            parts.add(String.format("%.1f", v));
        }
        return String.join(", ", parts);
    }
}
