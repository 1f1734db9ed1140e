/**
 * The built-in export formats, contributed through {@code aurum.export.exporters} like any plugin's:
 * JSONL with character offsets, CoNLL-2003, Hugging Face token classification, brat standoff, OpenNLP
 * name finder and WebAnno TSV 3.3. Public so that plugin authors can read them as examples.
 */
package aurum.export.formats;
