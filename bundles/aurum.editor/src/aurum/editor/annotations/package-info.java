/** The Annotations view: a sortable, virtual table of the active document's spans. */
package aurum.editor.annotations;
