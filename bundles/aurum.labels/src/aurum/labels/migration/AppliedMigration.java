package aurum.labels.migration;

import aurum.core.model.LabelSet;

/**
 * A migration that was carried out; {@link LabelMigration#undoLast} reverses it, also after a restart.
 *
 * @param change   the change, described
 * @param labelSet the label set version the corpus now uses (in its {@code labelset.json})
 * @param layers   layers saved
 * @param spans    spans relabelled or removed
 */
public record AppliedMigration(String change, LabelSet labelSet, int layers, int spans) {
}
