/**
 * Proposes the non-article parts of an imported news page text (navigation, ads, related-story lists,
 * comment forms, share buttons, footers) as excluded regions, so that annotators and near-duplicate
 * detection can skip them. The proposal never changes the text: regions are UTF-16 offsets into it.
 * Entry point: {@link aurum.corpus.boilerplate.BoilerplateDetector}.
 */
package aurum.corpus.boilerplate;
