/** Recognizers that aurum.labels contributes itself through its own extension point. */
package aurum.labels.internal.builtin;
