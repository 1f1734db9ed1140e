package aurum.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.Suggestion;
import aurum.learn.internal.ManifestJson;

/**
 * A label the model gets mostly wrong on documents held out of training is withheld, so that learning does
 * not add wrong suggestions where it has learned too little; labels it gets right are still proposed.
 */
class HeldOutJudgementTest {

    /**
     * CITY is tagged on every city; NOTE is tagged on the word "note" in two lines of three whatever the
     * context, so no model can tell which "note" is one: a third of its NOTE suggestions are wrong.
     */
    private static List<TrainingDocument> documents() {
        List<String> cities = List.of("Brno", "Ostrava", "Plzen", "Olomouc", "Liberec");
        List<TrainingDocument> out = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            StringBuilder text = new StringBuilder();
            List<TrainingSpan> spans = new ArrayList<>();
            for (int line = 0; line < 9; line++) {
                String city = cities.get((d + line) % cities.size());
                text.append("A note from ");
                if (line % 3 != 2) {
                    spans.add(new TrainingSpan(text.length() - 10, text.length() - 6, "NOTE"));
                }
                spans.add(new TrainingSpan(text.length(), text.length() + city.length(), "CITY"));
                text.append(city).append(" came today.\n");
            }
            out.add(new TrainingDocument("d" + d, text.toString(), spans, true));
        }
        return out;
    }

    @Test
    void aLabelMostlyWrongOnHeldOutDocumentsIsWithheldTheOthersAreProposed() {
        ModelTrainer.Trained trained = new ModelTrainer(ModelParameters.defaults()).train(documents(),
                Cancellation.NONE);
        Map<String, HeldOut> heldOut = trained.summary().heldOut();
        assertTrue(heldOut.get("NOTE").proposed() >= LearnedModel.MINIMUM_HELD_OUT_PROPOSALS, heldOut.toString());
        assertTrue(heldOut.get("NOTE").precision() < LearnedModel.MINIMUM_HELD_OUT_PRECISION, heldOut.toString());
        assertTrue(heldOut.get("CITY").precision() >= LearnedModel.MINIMUM_HELD_OUT_PRECISION, heldOut.toString());
        assertEquals(Set.of("NOTE"), trained.model().withheldLabels());
        assertEquals(Set.of("CITY"), trained.model().labelIds());

        String unseen = "A note from Plzen came today.\n";
        List<Suggestion> suggestions = trained.model().suggest(unseen, Cancellation.NONE);
        List<String> found = suggestions.stream().map(s -> s.labelId() + ":" + s.coveredText(unseen)).toList();
        assertTrue(found.contains("CITY:Plzen"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.startsWith("NOTE:")), found.toString());
    }

    @Test
    void theJudgementIsStoredInTheManifestAndWithholdsAfterReading() throws Exception {
        ModelTrainer.Trained trained = new ModelTrainer(ModelParameters.defaults()).train(documents(),
                Cancellation.NONE);
        ModelManifest manifest = new ModelManifest(ModelManifest.FORMAT, CorpusTraining.LIBRARY, java.time.Instant.now(),
                "notes", "1", trained.model().labels(), trained.summary(), 99, "f", trained.parameters(), "sha");
        ModelManifest read = ManifestJson.read(ManifestJson.write(manifest));
        assertEquals(trained.summary().heldOut(), read.summary().heldOut());
        assertEquals(Set.of("NOTE"), LearnedModel.withheld(read.summary().heldOut()));
    }

    @Test
    void tooFewHeldOutSuggestionsWithholdNothing() {
        assertEquals(Set.of(), LearnedModel.withheld(Map.of("A", new HeldOut(4, 0), "B", new HeldOut(5, 4))));
        assertEquals(Set.of("C"), LearnedModel.withheld(Map.of("C", new HeldOut(5, 3))));
    }

    @Test
    void fewerDocumentsThanFoldsAreNotJudged() {
        ModelTrainer.Trained trained = new ModelTrainer(ModelParameters.defaults())
                .train(documents().subList(0, ModelTrainer.FOLDS - 1), Cancellation.NONE);
        assertEquals(Map.of(), trained.summary().heldOut());
        assertEquals(Set.of(), trained.model().withheldLabels());
    }
}
