/**
 * Timing of the editor's phases for the scale benchmark; internal, read by {@code aurum.app.tests}.
 */
package aurum.editor.internal.timing;
