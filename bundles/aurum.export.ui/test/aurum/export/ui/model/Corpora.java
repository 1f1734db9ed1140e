package aurum.export.ui.model;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

/** Small corpora for the wizard's model tests. */
final class Corpora {

    private Corpora() {
    }

    static CorpusStore create(Path dir) throws IOException {
        return CorpusStore.create(dir, CorpusSettings.of("news desk", new LabelSetRef("news", "1.0.0")));
    }

    /** Adds a document (if new) and saves a layer with spans given as {@code start, end, label} triples. */
    static void layer(CorpusStore store, String id, String text, LayerOwner owner, LayerState state, Object... spans)
            throws IOException {
        Document document = Document.imported(id, text, DocumentMetadata.NONE);
        store.addDocument(document);
        Layer layer = new Layer(document, owner);
        for (int i = 0; i < spans.length; i += 3) {
            layer.add(Span.builder().range((Integer) spans[i], (Integer) spans[i + 1]).label((String) spans[i + 2])
                    .created(Instant.EPOCH).build());
        }
        layer.setState(state);
        store.saveLayer(layer, store.loadLayer(id, owner).revision());
    }

    /** Three documents: two with curated gold, annotators alice and bob, and the suggestions layer. */
    static CorpusStore sample(Path dir) throws IOException {
        CorpusStore store = create(dir);
        String a = "Tokyo and Washington agreed on Monday.";
        String b = "Alice Smith met officials in Osaka.";
        String c = "The Pentagon said nothing.";
        layer(store, "a", a, LayerOwner.GOLD, LayerState.CURATED, 0, 5, "LOC", 10, 20, "LOC");
        layer(store, "b", b, LayerOwner.GOLD, LayerState.IN_PROGRESS, 0, 11, "PER", 29, 34, "LOC");
        layer(store, "a", a, LayerOwner.annotator("alice"), LayerState.DONE, 0, 5, "LOC");
        layer(store, "c", c, LayerOwner.annotator("bob"), LayerState.DONE, 4, 12, "ORG");
        layer(store, "c", c, LayerOwner.annotator("suggestions"), LayerState.IN_PROGRESS, 4, 12, "GPE_X");
        return store;
    }

    static CorpusFacts facts(CorpusStore store) throws IOException {
        return CorpusFacts.read(store, java.util.Optional.empty());
    }
}
