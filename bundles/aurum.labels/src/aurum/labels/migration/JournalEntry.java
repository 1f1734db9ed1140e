package aurum.labels.migration;

import java.nio.file.Path;
import java.util.List;

import aurum.core.model.LabelSetRef;

/**
 * One applied migration as recorded under {@code .aurum/migrations/}.
 *
 * @param file              the journal file (set when read; {@code null} before it is written)
 * @param change            the change, described
 * @param created           when it was applied, ISO-8601
 * @param labelSetFileBefore the corpus's {@code labelset.json} before, or {@code null} if it had none
 * @param refBefore         the label set {@code corpus.json} named before, or {@code null}
 * @param refAfter          the label set version the migration created
 * @param layers            the layers it changed
 */
record JournalEntry(Path file, String change, String created, String labelSetFileBefore, LabelSetRef refBefore,
        LabelSetRef refAfter, List<JournaledLayer> layers) {

    JournalEntry {
        layers = List.copyOf(layers);
    }

    JournalEntry withFile(Path where) {
        return new JournalEntry(where, change, created, labelSetFileBefore, refBefore, refAfter, layers);
    }
}
