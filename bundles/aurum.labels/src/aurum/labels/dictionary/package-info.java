/**
 * The corpus's own dictionary: strings that annotators already accepted with a label are proposed
 * wherever else they occur ("annotate all occurrences"), and a consistency check lists strings that
 * were accepted with different labels, so that a reviewer can settle them before they spread.
 * <p>
 * Input is a list of {@link aurum.labels.dictionary.AcceptedSpan}s taken from the corpus; matching uses
 * the {@link aurum.labels.gazetteer.Gazetteer} with whole words and whitespace folding, so that a name
 * accepted once is found again across line breaks made of a single character and no-break spaces.
 */
package aurum.labels.dictionary;
