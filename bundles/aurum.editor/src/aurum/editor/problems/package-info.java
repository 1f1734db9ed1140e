/** The Problems view: validation and consistency findings of the active document. */
package aurum.editor.problems;
