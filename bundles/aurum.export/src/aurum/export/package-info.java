/**
 * Training-data export: {@link aurum.export.CorpusExport} turns a corpus into train/dev/test files in a
 * chosen {@link aurum.export.Exporter format}, with a manifest and a report of every span changed or left
 * out. Formats are contributed through the {@code aurum.export.exporters} extension point and found in the
 * {@link aurum.export.ExporterRegistry} service. Rules: {@code docs/EXPORT.md}.
 */
package aurum.export;
