package aurum.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.Importers;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentBatch;

/** Small corpora for export tests. */
final class Fixtures {

    /** BOM (removed on import), CRLF, NBSP, curly quotes, a combining mark and an emoji outside the BMP. */
    static final String TRICKY = "\uFEFFTokyo\u00A0said \u201Cno\u201D.\r\nCafe\u0301 \uD83D\uDE80 costs $1.50\r\n";

    /** {@link #TRICKY} as stored: without the byte order mark; offsets count in this. */
    static final String STORED = TRICKY.substring(1);

    private Fixtures() {
    }

    static CorpusStore corpus(Path dir) throws IOException {
        return CorpusStore.create(dir, CorpusSettings.of("test", new LabelSetRef("news", "1.0.0")));
    }

    /** The sample corpus shipped with the product. */
    static final Path SAMPLES = Path.of(System.getProperty("aurum.samples", "../../samples"), "us-japan-defense");

    /**
     * Imports the five sample pages the way the importer does: in one batch, which stores their
     * boilerplate regions and finds the near-duplicate and related pages.
     *
     * @return the stored document ids, in import order
     */
    static List<String> importSamples(CorpusStore store) throws IOException, ImportException {
        List<String> ids = new ArrayList<>();
        try (DocumentBatch batch = store.batch()) {
            Importers.plainText().read(SAMPLES, imported -> {
                try {
                    ids.add(batch.add(imported.document(), imported.boilerplate()).id());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, ImportProgress.NONE);
        }
        return ids;
    }

    /** Adds a document and saves a layer with spans given as {@code start, end, label} triples. */
    static Document add(CorpusStore store, String id, String text, LayerOwner owner, LayerState state, Object... spans)
            throws IOException {
        Document document = Document.imported(id, text, DocumentMetadata.NONE);
        store.addDocument(document);
        Layer layer = new Layer(document, owner);
        for (int i = 0; i < spans.length; i += 3) {
            layer.add(Span.builder().range((Integer) spans[i], (Integer) spans[i + 1]).label((String) spans[i + 2])
                    .created(Instant.EPOCH).build());
        }
        layer.setState(state);
        long revision = store.loadLayer(id, owner).revision();
        store.saveLayer(layer, revision);
        return document;
    }

    static Document gold(CorpusStore store, String id, String text, Object... spans) throws IOException {
        return add(store, id, text, LayerOwner.GOLD, LayerState.CURATED, spans);
    }

    /** Start and end of the n-th occurrence (from 0) of {@code needle}, as two boxed ints. */
    static Object[] at(String text, String needle, int occurrence, String label) {
        int from = -1;
        for (int i = 0; i <= occurrence; i++) {
            from = text.indexOf(needle, from + 1);
        }
        if (from < 0) {
            throw new IllegalArgumentException(needle + " not in text");
        }
        return new Object[] {from, from + needle.length(), label};
    }

    static Object[] concat(Object[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray();
    }
}
