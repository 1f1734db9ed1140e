/**
 * The curation editor: the annotators' layers of one document side by side under its text, the gold
 * layer being built from them, and keyboard commands to settle each disagreement. See docs/USER-GUIDE.md
 * ("Curation") and docs/FORMAT.md ("Gold layers and curation").
 */
package aurum.editor.curation;
