package aurum.app.tests.agreement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

/**
 * The sample corpus in a temporary store with three simulated annotators, as in aurum.agreement's
 * ThreeAnnotators fixture. On document 000 all three annotate:
 * <pre>
 *            "US"   "Japan"  "Antony Blinken"        "Lloyd Austin"
 * alice      GPE    GPE      PER [Antony Blinken]    PER
 * bob        GPE    GPE      PER [Blinken]           PER
 * carol      GPE    ORG      PER [Antony Blinken]    —
 * </pre>
 * On document 001 only alice and bob ("Japan" GPE by both, "China" GPE by alice only).
 */
final class TeamCorpus {

    static final String DOC0 = "000_a32fd7d8af559016";
    static final String DOC1 = "001_f678337dce6c3a19";
    static final List<String> ANNOTATORS = List.of("alice", "bob", "carol");
    private static final Instant TIME = Instant.parse("2026-01-02T03:04:05Z");

    private TeamCorpus() {
    }

    static CorpusStore create(Path dir) throws IOException {
        Path samples = Path.of(System.getProperty("aurum.samples", "../../samples")).resolve("us-japan-defense");
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("teams", new LabelSetRef("news", "1.0.0")));
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String id = file.getFileName().toString().replace(".txt", "");
                store.addDocument(Document.imported(id, Files.readString(file, StandardCharsets.UTF_8),
                        DocumentMetadata.NONE));
            }
        }
        String text = store.document(DOC0).orElseThrow().text();
        int us = text.indexOf("US");
        int japan = text.indexOf("Japan");
        int antony = text.indexOf("Antony Blinken");
        int austin = text.indexOf("Lloyd Austin");
        save(store, DOC0, "alice", LayerState.DONE, span(us, 2, "GPE"), span(japan, 5, "GPE"),
                span(antony, 14, "PER"), span(austin, 12, "PER"));
        save(store, DOC0, "bob", LayerState.DONE, span(us, 2, "GPE"), span(japan, 5, "GPE"),
                span(antony + "Antony ".length(), 7, "PER"), span(austin, 12, "PER"));
        save(store, DOC0, "carol", LayerState.IN_PROGRESS, span(us, 2, "GPE"), span(japan, 5, "ORG"),
                span(antony, 14, "PER"));
        String text1 = store.document(DOC1).orElseThrow().text();
        save(store, DOC1, "alice", LayerState.DONE, span(text1.indexOf("Japan"), 5, "GPE"),
                span(text1.indexOf("China"), 5, "GPE"));
        save(store, DOC1, "bob", LayerState.IN_PROGRESS, span(text1.indexOf("Japan"), 5, "GPE"));
        return store;
    }

    private static Span span(int start, int length, String label) {
        if (start < 0) {
            throw new IllegalStateException("the sample text changed: a fixture span is missing");
        }
        return Span.builder().range(start, start + length).label(label).created(TIME).build();
    }

    private static void save(CorpusStore store, String id, String annotator, LayerState state, Span... spans)
            throws IOException {
        Layer layer = store.loadLayer(id, LayerOwner.annotator(annotator));
        layer.addAll(List.of(spans));
        layer.setState(state);
        store.saveLayer(layer, 0);
    }
}
