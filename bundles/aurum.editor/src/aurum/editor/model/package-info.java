/** The editor-independent view of an open annotated document that the workbench views work with. */
package aurum.editor.model;
