/** Implementation of the label-set registry over the Eclipse extension registry. */
package aurum.labels.internal.registry;
