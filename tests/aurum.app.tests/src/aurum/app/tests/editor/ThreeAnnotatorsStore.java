package aurum.app.tests.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.Importers;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.labels.news.NewsLabels;

/**
 * The sample corpus in a temporary store, annotated by three simulated annotators on its first document
 * (the same data as aurum.agreement's test fixture):
 * <pre>
 *            "US"   "Japan"  "Antony Blinken"        "Lloyd Austin"
 * alice      GPE    GPE      PER [Antony Blinken]    PER
 * bob        GPE    GPE      PER [Blinken]           PER
 * carol      GPE    ORG      PER [Antony Blinken]    —
 * </pre>
 * "US" is agreed; "Japan" is a label, "Blinken" a boundary and "Lloyd Austin" a presence disagreement.
 */
final class ThreeAnnotatorsStore {

    static final String DOC0 = "000_a32fd7d8af559016";
    static final Instant TIME = Instant.parse("2026-01-02T03:04:05Z");

    private ThreeAnnotatorsStore() {
    }

    static CorpusStore create() throws Exception {
        Path dir = Files.createTempDirectory("aurum-curation-test");
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("teams",
                new LabelSetRef(NewsLabels.LABEL_SET_ID, NewsLabels.VERSION)));
        Importers.plainText().read(SampleStore.samples(), imported -> {
            try {
                store.addDocument(imported.document());
            } catch (CorpusStoreException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, ImportProgress.NONE);
        String text = store.document(DOC0).orElseThrow().text();
        int us = text.indexOf("US");
        int japan = text.indexOf("Japan");
        int antony = text.indexOf("Antony Blinken");
        int blinken = antony + "Antony ".length();
        int austin = text.indexOf("Lloyd Austin");
        save(store, "alice", LayerState.DONE, span(us, 2, "GPE"), span(japan, 5, "GPE"), span(antony, 14, "PER"),
                span(austin, 12, "PER"));
        save(store, "bob", LayerState.DONE, span(us, 2, "GPE"), span(japan, 5, "GPE"), span(blinken, 7, "PER"),
                span(austin, 12, "PER"));
        save(store, "carol", LayerState.IN_PROGRESS, span(us, 2, "GPE"), span(japan, 5, "ORG"),
                span(antony, 14, "PER"));
        return store;
    }

    static Span span(int start, int length, String label) {
        return Span.builder().range(start, start + length).label(label).created(TIME).build();
    }

    private static void save(CorpusStore store, String annotator, LayerState state, Span... spans)
            throws CorpusStoreException {
        Layer layer = store.loadLayer(DOC0, LayerOwner.annotator(annotator));
        layer.addAll(List.of(spans));
        layer.setState(state);
        store.saveLayer(layer, 0);
    }
}
