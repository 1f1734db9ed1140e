/** The extension-point reader behind the {@link aurum.export.ExporterRegistry} service; internal. */
package aurum.export.internal.registry;
