/**
 * The annotation model: documents whose text never changes, spans over that text, the per-annotator
 * and gold layers that hold spans, and the label sets spans refer to.
 *
 * <p>All offsets are UTF-16 indices into {@link aurum.core.model.Document#text()}, end exclusive. Values
 * are immutable records or final classes, except {@link aurum.core.model.Layer}, which is the one thing
 * annotating changes and which counts its changes in a revision number.
 */
package aurum.core.model;
