/**
 * Who is annotating: the name the workbench asks for on first start ({@link aurum.editor.identity.AnnotatorDialog}),
 * kept in the workspace's preferences and read through {@link aurum.editor.identity.AnnotatorIdentity}. It names the
 * layer the annotation editor edits, the states the navigator shows and the suggestions Suggest Spans stores.
 */
package aurum.editor.identity;
