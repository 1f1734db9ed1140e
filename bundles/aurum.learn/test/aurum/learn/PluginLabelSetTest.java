package aurum.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSet;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.labels.format.LabelSetJson;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.registry.RecognizerContext;
import aurum.learn.internal.LearnedRecognizerFactory;

/**
 * The example plugin's label set (examples/plugin-author, countries and alliances) gets learned
 * suggestions though the plugin has no code for them: the learning recognizer serves every label set.
 */
class PluginLabelSetTest {

    private static final List<String> LINES = List.of("%c signed a new treaty with %a members on Monday.",
            "Officials from %c said the %a summit went well.", "The %a welcomed %c as a partner.",
            "Troops from %c joined %a exercises near the border.");
    private static final List<String> COUNTRIES = List.of("Japan", "Australia", "Canada", "Norway", "Poland");
    private static final List<String> ALLIANCES = List.of("NATO", "AUKUS", "Quad");

    @TempDir
    Path dir;

    private static LabelSet exampleLabelSet() throws Exception {
        Path file = Path.of("../../examples/plugin-author/org.example.labels/labelsets/geo.json");
        try (Reader in = Files.newBufferedReader(file)) {
            return LabelSetJson.read(in, file.toString());
        }
    }

    @Test
    void theExamplePluginsLabelSetGetsLearnedSuggestions() throws Exception {
        LabelSet geo = exampleLabelSet();
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("geo", geo.ref()));
        for (int d = 0; d < 6; d++) {
            StringBuilder text = new StringBuilder();
            List<TrainingSpan> spans = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String line = LINES.get((i + d) % LINES.size());
                String country = COUNTRIES.get((i + 2 * d) % COUNTRIES.size());
                String alliance = ALLIANCES.get((i + d) % ALLIANCES.size());
                for (int p = 0; p < line.length(); p++) {
                    if (line.startsWith("%c", p) || line.startsWith("%a", p)) {
                        boolean isCountry = line.charAt(p + 1) == 'c';
                        String name = isCountry ? country : alliance;
                        spans.add(new TrainingSpan(text.length(), text.length() + name.length(),
                                isCountry ? "COUNTRY" : "ALLIANCE"));
                        text.append(name);
                        p++;
                    } else {
                        text.append(line.charAt(p));
                    }
                }
                text.append('\n');
            }
            store.addDocument(Document.imported("d" + d, text.toString(), DocumentMetadata.NONE));
            TestCorpus.accept(store, "d" + d, spans, true);
        }
        CorpusTraining.Outcome outcome = new CorpusTraining(ModelParameters.defaults()).train(store, geo, false,
                (p, done, total) -> { }, Cancellation.NONE);
        assertTrue(outcome.manifest().orElseThrow().labels().containsAll(List.of("COUNTRY", "ALLIANCE")));

        String unseen = "Officials from Norway said the AUKUS summit went well.\n";
        List<String> found = new LearnedRecognizerFactory().create(new RecognizerContext(geo, List::of, dir))
                .recognize(new RecognitionInput("new", unseen), Cancellation.NONE).stream()
                .map(s -> s.labelId() + ":" + s.coveredText(unseen)).toList();
        assertTrue(found.contains("COUNTRY:Norway") && found.contains("ALLIANCE:AUKUS"), found.toString());
    }
}
