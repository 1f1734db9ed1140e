package aurum.app.tests.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import aurum.core.model.AttributeValue;
import aurum.core.model.Document;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanBuilder;
import aurum.core.model.SpanStatus;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.Importers;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.labels.news.NewsLabels;
import aurum.labels.news.NewsRecognizers;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;

/** A temporary corpus store made from the sample corpus, with the news label set and recognizer suggestions. */
final class SampleStore {

    static final String ANNOTATOR = "tester";
    static final LayerOwner OWNER = LayerOwner.annotator(ANNOTATOR);

    private SampleStore() {
    }

    static Path root() {
        return Path.of(System.getProperty("aurum.root", "../.."));
    }

    static Path samples() {
        return root().resolve("samples/us-japan-defense");
    }

    /** Imports the five sample documents into a new store in a fresh temporary folder. */
    static CorpusStore create() throws Exception {
        Path dir = Files.createTempDirectory("aurum-editor-test");
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("samples",
                new LabelSetRef(NewsLabels.LABEL_SET_ID, NewsLabels.VERSION)));
        Importers.plainText().read(samples(), imported -> {
            try {
                store.addDocument(imported.document());
            } catch (CorpusStoreException e) {
                throw new UncheckedIOException(e);
            }
        }, ImportProgress.NONE);
        return store;
    }

    /** Runs the news recognizers on document {@code id} and saves their proposals as SUGGESTED spans. */
    static List<Span> suggest(CorpusStore store, String id) throws Exception {
        Document document = store.document(id).orElseThrow();
        Layer layer = store.loadLayer(id, OWNER);
        List<Span> spans = new ArrayList<>();
        for (Recognizer recognizer : NewsRecognizers.all()) {
            for (Suggestion s : recognizer.recognize(new RecognitionInput(id, document.text()), Cancellation.NONE)) {
                SpanBuilder builder = Span.builder().range(s.start(), s.end()).label(s.labelId())
                        .annotator(recognizer.id()).status(SpanStatus.SUGGESTED);
                s.attributes().forEach((name, value) -> builder.attribute(name, attribute(value)));
                spans.add(builder.buildFor(document.text()));
            }
        }
        long revision = layer.revision();
        layer.addAll(spans);
        store.saveLayer(layer, revision);
        return spans;
    }

    private static AttributeValue attribute(Object value) {
        return switch (value) {
            case BigDecimal number -> AttributeValue.ofNumber(number);
            case Boolean flag -> AttributeValue.ofBoolean(flag);
            default -> AttributeValue.ofString(value.toString());
        };
    }

    /** The hand-made gold spans of a sample document: label and range. */
    static List<GoldSpan> gold(String id) {
        Path file = root().resolve("bundles/aurum.labels.news/test-data/gold").resolve(id + ".jsonl");
        try {
            List<GoldSpan> gold = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> json = new com.google.gson.Gson().fromJson(line, Map.class);
                    gold.add(new GoldSpan((String) json.get("label"), ((Number) json.get("start")).intValue(),
                            ((Number) json.get("end")).intValue()));
                }
            }
            return gold;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record GoldSpan(String label, int start, int end) {
    }
}
