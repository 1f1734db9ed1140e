/**
 * The parts of the Agreement view: the computing job, the figure tables, the hand-drawn charts, the
 * annotator chooser, export and following the corpus navigator. Internal to this bundle.
 */
package aurum.agreement.ui.internal;
