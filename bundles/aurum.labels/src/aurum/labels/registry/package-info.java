/**
 * The label-set registry: every label set contributed through the {@code aurum.labels.labelSets} extension
 * point, as an immutable snapshot that follows plugins coming and going.
 */
package aurum.labels.registry;
