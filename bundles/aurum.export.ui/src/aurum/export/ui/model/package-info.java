/**
 * What the export wizard edits, without widgets: {@link aurum.export.ui.model.ExportSettings} holds the
 * user's choices as typed, {@link aurum.export.ui.model.SettingsCheck} says what is wrong with them
 * (naming the field), {@link aurum.export.ui.model.OptionsMapper} turns them into
 * {@link aurum.export.ExportOptions}, and {@link aurum.export.ui.model.CorpusFacts} is what the wizard
 * offers from the corpus (annotators, labels). Plain Java, tested without a workbench.
 */
package aurum.export.ui.model;
