package aurum.labels.migration;

import aurum.core.model.LabelSetRef;

/**
 * What an undo restored.
 *
 * @param change        the migration undone, described
 * @param layers        layers written back
 * @param spans         spans that got their old label back or returned
 * @param labelSetNow   the label set the corpus names again, or {@code null} if it named none
 */
public record UndoneMigration(String change, int layers, int spans, LabelSetRef labelSetNow) {
}
