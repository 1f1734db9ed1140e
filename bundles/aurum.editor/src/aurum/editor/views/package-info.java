/**
 * What the Labels, Annotations, Properties and Problems views share: following the active annotation
 * editor through its {@link aurum.editor.model.AnnotatedDocument} adapter.
 */
package aurum.editor.views;
