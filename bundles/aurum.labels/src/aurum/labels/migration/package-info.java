/**
 * Label migrations: renaming, merging or deleting a label of a corpus's label set and carrying every span
 * of every layer along, previewed first, applied through the store's revision checks, and undoable even
 * after a restart thanks to a journal under {@code .aurum/migrations/}. The corpus then carries the new
 * label set version in its own {@code labelset.json}. See docs/LABELS.md, "Changing labels".
 */
package aurum.labels.migration;
