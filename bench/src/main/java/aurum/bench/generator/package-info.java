/**
 * Generates news-like benchmark corpora with gold spans (AMOUNT, OFFICIAL, WEAPON): deterministic for a
 * seed, streaming (constant memory for any size), with the awkward cases real imports have: CRLF,
 * curly quotes, no-break spaces, accented names, emoji outside the BMP, nested spans, near-duplicate
 * documents and boilerplate lines. Entry point: {@link aurum.bench.generator.CorpusGenerator}.
 */
package aurum.bench.generator;
