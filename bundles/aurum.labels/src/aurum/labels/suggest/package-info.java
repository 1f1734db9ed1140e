/**
 * Pre-annotation of a whole corpus: runs recognizers over every document and stores their proposals as
 * spans with status {@code SUGGESTED} in one layer, so that annotators accept or reject them instead of
 * tagging each span by hand. Re-running replaces a recognizer's open suggestions, never duplicates them,
 * and never touches spans a person made or decided on.
 * <p>
 * {@link aurum.labels.suggest.SuggestionRun} runs the recognizers and saves through the store;
 * {@link aurum.labels.suggest.SuggestionMerge} decides what one layer takes (a
 * {@link aurum.labels.suggest.SuggestionPlan}), the same for the command line and for a layer open in an
 * editor ({@link aurum.labels.suggest.OpenLayers}), which carries the plan out as one undoable edit;
 * {@link aurum.labels.suggest.AcceptSuggestions} accepts open suggestions, as Accept All does.
 */
package aurum.labels.suggest;
