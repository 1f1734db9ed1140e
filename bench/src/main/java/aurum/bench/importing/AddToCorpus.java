package aurum.bench.importing;

import aurum.core.model.LabelSetRef;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.Importers;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentBatch;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code AddToCorpus CORPUS_DIR SOURCE_DIR}: imports the text files under SOURCE_DIR into the corpus at
 * CORPUS_DIR (created when missing) as {@code aurum import} does, and prints how many documents were
 * added, the time and the near-duplicate clusters. Run once with a large folder to build a corpus, then
 * with a few files to time adding to it: closing the batch recomputes {@code clusters.json} over every
 * stored document, which is most of that time. Results: docs/PERFORMANCE.md.
 */
public final class AddToCorpus {

    private AddToCorpus() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: AddToCorpus CORPUS_DIR SOURCE_DIR");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Path source = Path.of(args[1]);
        CorpusStore store = Files.exists(corpus) ? CorpusStore.open(corpus)
                : CorpusStore.create(corpus, CorpusSettings.of("bench", new LabelSetRef("news", "1.0.0")));
        long start = System.nanoTime();
        int added = 0;
        try (DocumentBatch batch = store.batch()) {
            added = addAll(batch, source);
        }
        System.out.printf("added %d documents in %.2f s; %d near-duplicate clusters%n", added,
                (System.nanoTime() - start) / 1e9, store.duplicateClusters().size());
    }

    private static int addAll(DocumentBatch batch, Path source) throws ImportException {
        int[] added = new int[1];
        Importers.plainText().read(source, imported -> {
            try {
                if (batch.add(imported.document(), imported.boilerplate()).added()) {
                    added[0]++;
                }
            } catch (CorpusStoreException e) {
                throw new UncheckedIOException(e);
            }
        }, ImportProgress.NONE);
        return added[0];
    }
}
