package aurum.corpus.index;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A small corpus for index tests: four documents with tricky text, layers of two annotators and gold
 * in different states and labels.
 */
final class IndexFixture {

    static final String D1 = "Zürich talks: Blinken didn\u2019t sign the $2 billion deal for Tomahawk missiles.";
    static final String D2 = "Tokyo \u6771\u4EAC said \u201Cno\u201D to the \uD83D\uDE80 launch.\r\nAustin agreed.";
    static final String D3 = "The Cafe\u0301 owner's report: nothing about defence.";
    static final String D4 = "Unannotated text about the \u00A0budget.";

    private IndexFixture() {
    }

    static CorpusStore create(Path dir) throws IOException {
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("t", new LabelSetRef("news", "1.0")));
        add(store, "d1", D1, "First");
        add(store, "d2", D2, "Second");
        add(store, "d3", D3, null);
        add(store, "d4", D4, "Fourth");
        save(store, "d1", LayerOwner.annotator("alice"), LayerState.DONE, "OFFICIAL", "Blinken", "WEAPON", "Tomahawk",
                "AMOUNT", "$2 billion");
        save(store, "d2", LayerOwner.annotator("alice"), LayerState.IN_PROGRESS, "OFFICIAL", "Austin");
        save(store, "d2", LayerOwner.annotator("bob"), LayerState.DONE, "WEAPON", "\uD83D\uDE80");
        save(store, "d3", LayerOwner.GOLD, LayerState.CURATED);
        return store;
    }

    static void add(CorpusStore store, String id, String text, String title) throws IOException {
        store.addDocument(Document.imported(id, text, DocumentMetadata.NONE.withTitle(title)));
    }

    /** Saves a layer in {@code state} with spans given as label, covered text pairs. */
    static long save(CorpusStore store, String id, LayerOwner owner, LayerState state, String... labelAndText)
            throws IOException {
        Layer layer = store.loadLayer(id, owner);
        long revision = layer.revision();
        for (Span span : List.copyOf(layer.spans())) {
            layer.remove(span.id());
        }
        String text = layer.document().text();
        for (int i = 0; i < labelAndText.length; i += 2) {
            int start = text.indexOf(labelAndText[i + 1]);
            layer.add(Span.builder().id(id + "-" + i).range(start, start + labelAndText[i + 1].length())
                    .label(labelAndText[i]).created(Instant.parse("2026-01-01T00:00:00Z")).status(SpanStatus.MANUAL)
                    .build());
        }
        layer.setState(state);
        return store.saveLayer(layer, revision);
    }

    static List<String> ids(List<IndexedDocument> documents) {
        return documents.stream().map(IndexedDocument::id).toList();
    }
}
