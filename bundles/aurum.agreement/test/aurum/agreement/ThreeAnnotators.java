package aurum.agreement;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample corpus (samples/us-japan-defense) in a temporary store, annotated by three simulated
 * annotators. On document 000 all three annotate:
 * <pre>
 *            "US"   "Japan"  "Antony Blinken"        "Lloyd Austin"
 * alice      GPE    GPE      PER [Antony Blinken]    PER
 * bob        GPE    GPE      PER [Blinken]           PER
 * carol      GPE    ORG      PER [Antony Blinken]    —
 * </pre>
 * so "US" is agreed, "Japan" is a label disagreement, "Blinken" a boundary disagreement and "Lloyd
 * Austin" a presence disagreement. On document 001 only alice and bob annotate ("Japan" GPE by both,
 * "China" GPE by alice only); the other documents have no layers.
 */
public final class ThreeAnnotators {

    public static final String DOC0 = "000_a32fd7d8af559016";
    public static final String DOC1 = "001_f678337dce6c3a19";
    public static final Instant TIME = Instant.parse("2026-01-02T03:04:05Z");

    private ThreeAnnotators() {
    }

    public static Path samples() {
        return Path.of(System.getProperty("aurum.samples", "../../samples")).resolve("us-japan-defense");
    }

    public static CorpusStore create(Path dir) throws IOException {
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("teams", new LabelSetRef("news", "1.0.0")));
        try (Stream<Path> files = Files.list(samples())) {
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
        int blinken = antony + "Antony ".length();
        int austin = text.indexOf("Lloyd Austin");
        save(store, DOC0, "alice", LayerState.DONE, span(us, 2, "GPE"), span(japan, 5, "GPE"),
                span(antony, 14, "PER"), span(austin, 12, "PER"));
        save(store, DOC0, "bob", LayerState.DONE, span(us, 2, "GPE"), span(japan, 5, "GPE"),
                span(blinken, 7, "PER"), span(austin, 12, "PER"));
        save(store, DOC0, "carol", LayerState.IN_PROGRESS, span(us, 2, "GPE"), span(japan, 5, "ORG"),
                span(antony, 14, "PER"));
        String text1 = store.document(DOC1).orElseThrow().text();
        int japan1 = text1.indexOf("Japan");
        int china1 = text1.indexOf("China");
        save(store, DOC1, "alice", LayerState.DONE, span(japan1, 5, "GPE"), span(china1, 5, "GPE"));
        save(store, DOC1, "bob", LayerState.IN_PROGRESS, span(japan1, 5, "GPE"));
        return store;
    }

    public static Span span(int start, int length, String label) {
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
