/**
 * Opening and importing corpora from the workbench: where a workspace corpus lives, and the jobs that
 * import documents with progress and cancel.
 */
package aurum.editor.corpus;
