/** The steps of an export (selection, cutting, tokens, alignment, overlaps, splits, staging); internal. */
package aurum.export.internal.pipeline;
