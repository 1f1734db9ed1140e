/** The annotation editor: the read-only text of a corpus document with its spans, edited from the keyboard. */
package aurum.editor.annotation;
