/**
 * Which annotators must annotate which documents: the assignment list kept in the corpus folder as
 * {@code assignments.json} (specified in {@code docs/FORMAT.md}, section "Assignments"), and each
 * annotator's progress on it (assigned, done, in progress, not started) for the navigator and the CLI.
 */
package aurum.corpus.assignment;
