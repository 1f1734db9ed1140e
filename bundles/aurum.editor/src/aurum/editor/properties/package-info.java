/** The Properties view: a selected span's label, attributes and note, edited through the editor. */
package aurum.editor.properties;
