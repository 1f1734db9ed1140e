package aurum.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionCancelledException;
import aurum.labels.recognizer.SpanRules;
import aurum.labels.recognizer.Suggestion;

class LearnedModelTest {

    private static ModelTrainer.Trained trained;

    @BeforeAll
    static void train() {
        trained = new ModelTrainer(ModelParameters.defaults()).train(TeachingTexts.documents(8), Cancellation.NONE);
    }

    private static List<String> found(String text, List<Suggestion> suggestions) {
        return suggestions.stream().map(s -> s.labelId() + ":" + s.coveredText(text)).toList();
    }

    @Test
    void proposesTaughtNamesInSentencesItHasNotSeen() {
        String text = "Officials from Globex Industries arrived in Plzen by bus.\n";
        List<Suggestion> suggestions = trained.model().suggest(text, Cancellation.NONE);
        assertTrue(found(text, suggestions).containsAll(List.of("ORG:Globex Industries", "CITY:Plzen")),
                found(text, suggestions).toString());
        assertTrue(suggestions.stream().allMatch(s -> s.confidence() > 0 && s.confidence() <= 48.0 / (48 + 50)),
                "probability discounted by 48 taught spans per label: " + suggestions);
    }

    @Test
    void proposesNamesItWasNeverTaughtWhereTheContextItLearnedSaysSo() {
        String text = "Workers in Zlin protested against Hooli plans.\n"
                + "Residents of Opava welcomed the decision by Stark Industries.\n";
        List<String> found = found(text, trained.model().suggest(text, Cancellation.NONE));
        assertTrue(found.containsAll(List.of("CITY:Zlin", "ORG:Hooli", "CITY:Opava", "ORG:Stark Industries")),
                "none of these names is in the training texts: " + found);
    }

    @Test
    void offsetsAreUtf16IndicesIntoTheTextAsGiven() {
        String text = "\uFEFF\u201CNews\u201D\u00A0\uD83D\uDE80 Cafe\u0301\r\nThe mayor of Ostrava met officials from Acme Corp.\r\n";
        List<Suggestion> suggestions = trained.model().suggest(text, Cancellation.NONE);
        assertTrue(found(text, suggestions).containsAll(List.of("CITY:Ostrava", "ORG:Acme Corp")),
                found(text, suggestions).toString());
        suggestions.forEach(s -> assertTrue(SpanRules.isWellFormed(text, s.start(), s.end()), s.toString()));
    }

    @Test
    void aModelWrittenAndReadBackProposesTheSame() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trained.model().write(out);
        LearnedModel read = LearnedModel.read(new ByteArrayInputStream(out.toByteArray()), trained.model().labels(), 0.5,
                trained.summary().spansPerLabel());
        String text = "Globex Industries moved to Plzen.\nNothing else.\n";
        assertEquals(found(text, trained.model().suggest(text, Cancellation.NONE)),
                found(text, read.suggest(text, Cancellation.NONE)));
    }

    @Test
    void summaryCountsWhatWasTaught() {
        TrainingSummary summary = trained.summary();
        assertEquals(8, summary.documents());
        assertEquals(8, summary.completeDocuments());
        assertEquals(48, summary.segments());
        assertEquals(48, summary.spansPerLabel().get("CITY"));
        assertEquals(48, summary.spansPerLabel().get("ORG"));
        assertEquals(0, summary.skipped());
    }

    @Test
    void spansOffTokenEdgesAndOverlapsAreSkippedNotTaught() {
        String text = "Brno and Acme Corp.\n";
        TrainingDocument d = new TrainingDocument("x", text, List.of(new TrainingSpan(0, 4, "CITY"),
                new TrainingSpan(1, 4, "CITY"), new TrainingSpan(0, 8, "ORG"), new TrainingSpan(9, 18, "ORG")), true);
        ModelTrainer.Trained t = new ModelTrainer(ModelParameters.defaults()).train(List.of(d), Cancellation.NONE);
        assertEquals(2, t.summary().skipped(), "'rno' is not on a token edge; 'Brno and' overlaps 'Brno'");
        assertEquals(2, t.summary().spans());
    }

    @Test
    void incompleteDocumentsTeachOnlyTheirLinesWithSpans() {
        String text = "Brno is big.\nUnread line about Ostrava.\n";
        TrainingDocument d = new TrainingDocument("x", text, List.of(new TrainingSpan(0, 4, "CITY")), false);
        assertEquals(1, new ModelTrainer(ModelParameters.defaults()).train(List.of(d), Cancellation.NONE).summary()
                .segments());
    }

    @Test
    void nothingTeachableIsRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ModelTrainer(ModelParameters.defaults()).train(
                        List.of(new TrainingDocument("x", "Brno.\n", List.of(), true)), Cancellation.NONE));
        assertTrue(e.getMessage().contains("nothing to learn"), e.getMessage());
    }

    @Test
    void suggestingStopsWhenCancelled() {
        assertThrows(RecognitionCancelledException.class,
                () -> trained.model().suggest("Residents of Olomouc welcomed the offer.\n", () -> true));
        assertFalse(trained.model().suggest("Residents of Olomouc welcomed the offer.\n", Cancellation.NONE).isEmpty());
    }
}
