/**
 * Pre-annotation of a whole corpus: runs recognizers over every document and stores their proposals as
 * spans with status {@code SUGGESTED} in one layer, so that annotators accept or reject them instead of
 * tagging each span by hand. Re-running replaces a recognizer's open suggestions, never duplicates them,
 * and never touches spans a person made or decided on.
 */
package aurum.labels.suggest;
