/**
 * The label set a corpus is annotated with: read from the corpus's own {@code labelset.json} when it
 * carries one, otherwise from the installed plugins (docs/LABELS.md, "Where a corpus gets its label set").
 */
package aurum.labels.corpus;
