package aurum.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.corpus.store.CorpusStore;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionCancelledException;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;
import aurum.labels.registry.RecognizerContext;
import aurum.learn.internal.LearnedRecognizerFactory;

/** The journey of issue 19's "done when": train on a small corpus, then the model proposes what it was taught on unseen text. */
class CorpusTrainingTest {

    private static final String UNSEEN = "Umbrella Group opened a plant in Olomouc on Friday.\n";

    @TempDir
    Path dir;

    @AfterEach
    void learningBackOn() {
        System.clearProperty("aurum.learn.enabled");
    }

    private CorpusTraining.Outcome train(CorpusStore store) throws Exception {
        return new CorpusTraining(ModelParameters.defaults()).train(store, TestCorpus.PLACES, false,
                (phase, done, total) -> { }, Cancellation.NONE);
    }

    private List<String> suggest(Path corpus, LabelSet labelSet, String text) throws Exception {
        Recognizer recognizer = new LearnedRecognizerFactory()
                .create(new RecognizerContext(labelSet, List::of, corpus));
        return recognizer.recognize(new RecognitionInput("new", text), Cancellation.NONE).stream()
                .map(s -> s.labelId() + ":" + s.coveredText(text) + "@" + s.recognizerId().orElse("?")).toList();
    }

    @Test
    void trainedOnAcceptedSpansTheRecognizerProposesTaughtSpansInUnseenText() throws Exception {
        CorpusStore store = TestCorpus.create(dir, TeachingTexts.documents(6), true);
        CorpusTraining.Outcome outcome = train(store);
        assertEquals(CorpusTraining.Status.TRAINED, outcome.status());
        ModelManifest manifest = outcome.manifest().orElseThrow();
        assertEquals(6, manifest.summary().documents());
        assertEquals(72, manifest.decidedSpans());
        assertEquals("places", manifest.labelSetId());
        assertEquals(List.of("CITY", "ORG"), manifest.labels());
        assertTrue(Files.isRegularFile(dir.resolve(".aurum/learn/model.bin")));
        assertTrue(Files.readString(dir.resolve(".aurum/learn/manifest.json")).contains("\"fingerprint\""));

        List<String> found = suggest(dir, TestCorpus.PLACES, UNSEEN);
        assertTrue(found.containsAll(List.of("ORG:Umbrella Group@aurum.learn.model", "CITY:Olomouc@aurum.learn.model")),
                found.toString());
    }

    @Test
    void trainingAgainOnTheSameSpansIsUpToDateAndNewSpansTrainAgain() throws Exception {
        CorpusStore store = TestCorpus.create(dir, TeachingTexts.documents(4), true);
        String first = train(store).manifest().orElseThrow().fingerprint();
        assertEquals(CorpusTraining.Status.UP_TO_DATE, train(store).status());

        TrainingDocument extra = TeachingTexts.documents(5).get(4);
        store.addDocument(aurum.core.model.Document.imported("extra", extra.text(),
                aurum.core.model.DocumentMetadata.NONE));
        TestCorpus.accept(store, "extra", extra.spans(), false);
        CorpusTraining.Outcome again = train(store);
        assertEquals(CorpusTraining.Status.TRAINED, again.status());
        assertTrue(!again.manifest().orElseThrow().fingerprint().equals(first));
        assertEquals(5, again.manifest().orElseThrow().summary().documents());
    }

    @Test
    void aCorpusWithoutDecidedSpansHasNothingToLearnAndStoresNothing() throws Exception {
        CorpusStore store = TestCorpus.create(dir, List.of(), false);
        store.addDocument(aurum.core.model.Document.imported("d", "Brno.\n", aurum.core.model.DocumentMetadata.NONE));
        assertEquals(CorpusTraining.Status.NOTHING_TO_LEARN, train(store).status());
        assertTrue(Files.notExists(dir.resolve(".aurum/learn/model.bin")));
        assertEquals(List.of(), suggest(dir, TestCorpus.PLACES, UNSEEN), "no model, no learned suggestions");
    }

    @Test
    void aCancelledTrainingKeepsTheModelThatWasThere() throws Exception {
        CorpusStore store = TestCorpus.create(dir, TeachingTexts.documents(4), true);
        train(store);
        byte[] before = Files.readAllBytes(dir.resolve(".aurum/learn/model.bin"));
        TestCorpus.accept(store, "doc0", List.of(new TrainingSpan(0, 3, "ORG")), true);
        assertThrows(RecognitionCancelledException.class, () -> new CorpusTraining(ModelParameters.defaults())
                .train(store, TestCorpus.PLACES, true, (p, d, t) -> { }, () -> true));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve(".aurum/learn/model.bin"))));
    }

    @Test
    void learningTurnedOffProposesNothing() throws Exception {
        train(TestCorpus.create(dir, TeachingTexts.documents(4), true));
        System.setProperty("aurum.learn.enabled", "false");
        assertEquals(List.of(), suggest(dir, TestCorpus.PLACES, UNSEEN));
        System.clearProperty("aurum.learn.enabled");
        assertTrue(!suggest(dir, TestCorpus.PLACES, UNSEEN).isEmpty());
    }

    @Test
    void aModelTrainedForAnotherLabelSetProposesNothing() throws Exception {
        train(TestCorpus.create(dir, TeachingTexts.documents(4), true));
        LabelSet other = new LabelSet("other", "Other", "1.0.0", List.of(LabelDefinition.of("CITY", "City")));
        assertEquals(List.of(), suggest(dir, other, UNSEEN));
    }

    @Test
    void aDamagedModelIsRefusedWithWhatToDo() throws Exception {
        train(TestCorpus.create(dir, TeachingTexts.documents(4), true));
        Files.write(dir.resolve(".aurum/learn/model.bin"), new byte[] {1, 2, 3});
        IOException e = assertThrows(IOException.class, () -> StoredModels.load(dir));
        assertTrue(e.getMessage().contains("model.bin") && e.getMessage().contains("aurum train"), e.getMessage());
    }

    @Test
    void suggestionsCarryConfidencesForMerging() throws Exception {
        train(TestCorpus.create(dir, TeachingTexts.documents(6), true));
        List<Suggestion> suggestions = StoredModels.load(dir).orElseThrow().model().suggest(UNSEEN, Cancellation.NONE);
        assertTrue(!suggestions.isEmpty());
        assertTrue(suggestions.stream().allMatch(s -> s.confidence() > 0 && s.confidence() <= 36.0 / (36 + 50)),
                "below the rules' confidences while the model has seen few spans: " + suggestions);
    }
}
