/**
 * Checks spans against their document and label set and reports {@link aurum.core.validation.Problem}s
 * that tell the annotator where and what to fix. Used before export, after import and in the editor's
 * problem view; it never changes the spans it looks at.
 */
package aurum.core.validation;
