/**
 * File &gt; Export Training Data…: a JFace wizard over {@link aurum.export.CorpusExport} (format and
 * folder, what to export, options, summary) and the job that runs the export with progress and cancel.
 * The wizard only edits {@link aurum.export.ui.model.ExportSettings}; the checks and the mapping to
 * {@link aurum.export.ExportOptions} live in {@link aurum.export.ui.model}.
 */
package aurum.export.ui.wizard;
