/** The open layer kept in step with the corpus store: saving, undoable operations, following the disk. */
package aurum.editor.internal.session;
