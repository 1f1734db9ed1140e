/** Thin command handlers of the annotation editor. */
package aurum.editor.internal.handlers;
