package aurum.export.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.export.CorpusExport;
import aurum.export.ExportOptions;
import aurum.export.ExportProgress;
import aurum.export.ExportResult;
import aurum.export.ExporterRegistry;
import aurum.export.SplitSpec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Generates an annotated news-like corpus, exports it with {@code aurum export --format opennlp
 * --split 80/20}, trains OpenNLP's maximum-entropy name finder on the train file exactly as OpenNLP's
 * own command line would read it, and checks the model on the held-out split and on unseen sentences.
 */
class OpenNlpTrainsOnExportTest {

    private static final String[] PEOPLE = {"Kato", "Abe", "Kishida", "Austin", "Blinken", "Hayashi", "Suga", "Yamada",
        "Tanaka", "Ishiba", "Kono", "Motegi", "Campbell", "Emanuel", "Hamada", "Kihara"};
    private static final String[] PLACES = {"Tokyo", "Osaka", "Okinawa", "Washington", "Guam", "Hokkaido", "Kyushu",
        "Seoul", "Manila", "Yokosuka", "Sasebo", "Hawaii", "Canberra", "Taipei"};
    private static final String[] TEMPLATES = {
        "Minister {P} arrived in {L} on Monday .",
        "{P} told reporters in {L} that the talks went well .",
        "Officials said {P} would visit {L} next week .",
        "The delegation led by {P} left {L} after two days .",
        "In {L} , {P} signed the agreement on radar sites .",
        "{P} and {P} met at the base near {L} .",
        "Troops from {L} joined the exercise , {P} said ."};

    @TempDir
    Path tmp;

    @Test
    void aNameFinderTrainedOnTheExportFindsNamesInUnseenText() throws Exception {
        CorpusStore store = generate(tmp.resolve("corpus"), 400, new Random(7));
        Path out = tmp.resolve("export");
        ExportResult result = CorpusExport.run(store, ExporterRegistry.builtIn().find("opennlp").orElseThrow(),
                ExportOptions.defaults().withSplit(SplitSpec.parse("80/20"), 1, false).withExcludeRegions(false), out,
                ExportProgress.NONE);
        assertEquals(0, result.dropped());

        TokenNameFinderModel model;
        try (ObjectStream<NameSample> train = samples(out.resolve("train.train"))) {
            TrainingParameters params = TrainingParameters.defaultParams();
            params.put(TrainingParameters.ITERATIONS_PARAM, 60);
            params.put(TrainingParameters.CUTOFF_PARAM, 1);
            model = NameFinderME.train("en", null, train, params, new TokenNameFinderFactory());
        }
        NameFinderME finder = new NameFinderME(model);
        TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(finder);
        try (ObjectStream<NameSample> test = samples(out.resolve("test.train"))) {
            evaluator.evaluate(test);
        }
        double f = evaluator.getFMeasure().getFMeasure();
        assertTrue(f > 0.9, "F1 on the held-out split: " + evaluator.getFMeasure());

        finder.clearAdaptiveData();
        String[] unseen = "Yesterday Minister Hamada arrived in Sasebo with his staff .".split(" ");
        Span[] found = finder.find(unseen);
        List<String> names = Arrays.stream(found).map(s -> s.getType() + ":" + String.join(" ",
                Arrays.copyOfRange(unseen, s.getStart(), s.getEnd()))).toList();
        assertTrue(names.contains("PER:Hamada") && names.contains("LOC:Sasebo"), names.toString());
    }

    private static ObjectStream<NameSample> samples(Path file) throws IOException {
        return new NameSampleDataStream(new PlainTextByLineStream(new MarkableFileInputStreamFactory(file.toFile()),
                StandardCharsets.UTF_8));
    }

    /** Documents of three to six template sentences with gold PER and LOC spans, written with CRLF. */
    private static CorpusStore generate(Path dir, int documents, Random random) throws IOException {
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("generated", new LabelSetRef("news", "1.0.0")));
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            Layer layer = null;
            List<int[]> spans = new java.util.ArrayList<>();
            List<String> labels = new java.util.ArrayList<>();
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                String template = TEMPLATES[random.nextInt(TEMPLATES.length)];
                for (String word : template.split(" ")) {
                    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                        text.append(word.equals(".") || word.equals(",") ? "" : " ");
                    }
                    String value = switch (word) {
                        case "{P}" -> PEOPLE[random.nextInt(PEOPLE.length)];
                        case "{L}" -> PLACES[random.nextInt(PLACES.length)];
                        default -> word;
                    };
                    if (!word.equals(value)) {
                        spans.add(new int[] {text.length(), text.length() + value.length()});
                        labels.add(word.equals("{P}") ? "PER" : "LOC");
                    }
                    text.append(value);
                }
                text.append("\r\n");
            }
            Document document = Document.imported(String.format("gen-%04d", d), text.toString(), DocumentMetadata.NONE);
            String id = store.addDocument(document);
            if (!id.equals(document.id())) {
                continue; // the same text was generated twice; the store keeps one
            }
            layer = new Layer(document, LayerOwner.GOLD);
            for (int i = 0; i < spans.size(); i++) {
                layer.add(aurum.core.model.Span.builder().range(spans.get(i)[0], spans.get(i)[1]).label(labels.get(i))
                        .created(Instant.EPOCH).build());
            }
            layer.setState(LayerState.CURATED);
            store.saveLayer(layer, 0);
        }
        return store;
    }
}
