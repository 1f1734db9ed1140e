/**
 * Span storage benchmarks (issue 3): {@link aurum.bench.spans.SpanMemory} compares the heap an Aurum
 * layer retains per span with a UIMA CAS holding the same spans, and {@link aurum.bench.spans.OverlapQuery}
 * times overlap queries at a million spans. Both build their spans from one seeded
 * {@link aurum.bench.spans.SpanFixture}. Results: {@code docs/PERFORMANCE.md}.
 */
package aurum.bench.spans;
