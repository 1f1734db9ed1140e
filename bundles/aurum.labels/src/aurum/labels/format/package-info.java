/**
 * The label-set JSON format (specified in docs/LABELS.md): what plugins ship in their bundles and what a
 * corpus may carry as its own label-set file.
 */
package aurum.labels.format;
