package aurum.labels.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import aurum.core.model.LabelSet;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.corpus.io.DurableFiles;

/** Moves the corpus to a label set version and back: its {@code labelset.json} and {@code corpus.json}. */
final class LabelSetState {

    private LabelSetState() {
    }

    /** The corpus's own label set file as it is now, or {@code null}. */
    static String currentFile(CorpusStore store) throws IOException {
        Path file = store.directory().resolve(CorpusLabelSets.FILE);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    static void moveTo(CorpusStore store, LabelSet labelSet) throws IOException, CorpusStoreException {
        CorpusLabelSets.writeCorpusFile(store.directory(), labelSet);
        CorpusSettings s = store.settings();
        store.saveSettings(new CorpusSettings(s.name(), labelSet.ref(), s.settings()));
    }

    static void restore(CorpusStore store, JournalEntry entry) throws IOException, CorpusStoreException {
        Path file = store.directory().resolve(CorpusLabelSets.FILE);
        if (entry.labelSetFileBefore() == null) {
            Files.deleteIfExists(file);
        } else {
            DurableFiles.write(file, entry.labelSetFileBefore().getBytes(StandardCharsets.UTF_8));
        }
        CorpusSettings s = store.settings();
        store.saveSettings(new CorpusSettings(s.name(), entry.refBefore(), s.settings()));
    }
}
