package aurum.learn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.util.tracker.ServiceTracker;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.recognizer.Cancellation;
import aurum.labels.registry.RecognizerDescriptor;
import aurum.labels.registry.RecognizerRegistry;
import aurum.labels.suggest.SuggestReport;
import aurum.labels.suggest.SuggestionRun;
import aurum.learn.LearnedRecognizer;
import aurum.learn.LearningService;
import aurum.learn.LearningSettings;
import aurum.learn.TrainModelJob;

/**
 * The learning recognizer as the product runs it: OpenNLP wrapped as a bundle, the recognizer contributed
 * through aurum.labels.recognizers for any label set, the scheduler a Declarative Services component that
 * hears the editor's event and trains in a background job, and aurum suggest's run using the model.
 */
class LearningInOsgiTest {

    private static final LabelSet TEAM = new LabelSet("team.own", "A team's own labels", "1.0.0",
            List.of(LabelDefinition.of("SHIP", "Ship"), LabelDefinition.of("PORT", "Port")));
    private static final List<String> SHIPS = List.of("Endeavour", "Resolute", "Valiant", "Intrepid");
    private static final List<String> PORTS = List.of("Portsmouth", "Rotterdam", "Valletta", "Piraeus");

    @TempDir
    Path dir;

    static <S> S service(Class<S> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(LearningInOsgiTest.class).getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(10_000);
            assertNotNull(service, type.getSimpleName() + " is published as an OSGi service");
            return service;
        } finally {
            tracker.close();
        }
    }

    private CorpusStore corpusWithAcceptedSpans() throws Exception {
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("ships", TEAM.ref()));
        CorpusLabelSets.writeCorpusFile(dir, TEAM);
        for (int d = 0; d < 6; d++) {
            StringBuilder text = new StringBuilder("Report number " + d + ".\n");
            List<int[]> ships = new ArrayList<>();
            List<int[]> ports = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String ship = SHIPS.get((i + d) % SHIPS.size());
                String port = PORTS.get((i + 2 * d) % PORTS.size());
                text.append("The frigate ");
                ships.add(new int[] {text.length(), text.length() + ship.length()});
                text.append(ship).append(" left ");
                ports.add(new int[] {text.length(), text.length() + port.length()});
                text.append(port).append(" at dawn.\n");
            }
            store.addDocument(Document.imported("d" + d, text.toString(), DocumentMetadata.NONE));
            Layer layer = store.loadLayer("d" + d, LayerOwner.annotator("ann"));
            long revision = layer.revision();
            ships.forEach(s -> layer.add(Span.builder().range(s[0], s[1]).label("SHIP").status(SpanStatus.ACCEPTED).build()));
            ports.forEach(p -> layer.add(Span.builder().range(p[0], p[1]).label("PORT").status(SpanStatus.MANUAL).build()));
            layer.setState(LayerState.DONE);
            store.saveLayer(layer, revision);
        }
        store.addDocument(Document.imported("new", "The frigate Valiant left Piraeus at dawn.\n", DocumentMetadata.NONE));
        return store;
    }

    @Test
    void theLearningRecognizerIsContributedForEveryLabelSet() throws Exception {
        RecognizerRegistry registry = service(RecognizerRegistry.class);
        assertTrue(registry.forLabelSet("team.own").stream().anyMatch(r -> r.id().equals(LearnedRecognizer.ID)));
        assertTrue(registry.forLabelSet("news").stream().anyMatch(r -> r.id().equals(LearnedRecognizer.ID)));
    }

    @Test
    void theEditorsEventTrainsInTheBackgroundAndSuggestThenProposesWhatWasLearned() throws Exception {
        CorpusStore store = corpusWithAcceptedSpans();
        service(LearningService.class);
        service(EventAdmin.class).sendEvent(new Event(LearningService.DECIDED_TOPIC, Map.of(
                LearningService.CORPUS_PROPERTY, dir.toString(), LearningService.COUNT_PROPERTY,
                LearningSettings.DEFAULT_RETRAIN_AFTER)));
        Job.getJobManager().join(TrainModelJob.FAMILY, null);
        assertTrue(Files.isRegularFile(dir.resolve(".aurum/learn/model.bin")), "trained in the background");

        RecognizerDescriptor learned = service(RecognizerRegistry.class).find(LearnedRecognizer.ID).orElseThrow();
        SuggestReport report = new SuggestionRun(store, TEAM, LayerOwner.annotator("suggestions"))
                .run(List.of(learned), List.of("new"), (done, total) -> { }, Cancellation.NONE);
        assertEquals(List.of(), report.failures());
        Layer suggested = store.loadLayer("new", LayerOwner.annotator("suggestions"));
        String text = suggested.document().text();
        List<String> found = suggested.spans().stream().map(s -> s.labelId() + ":" + s.coveredText(text)).toList();
        assertTrue(found.containsAll(List.of("SHIP:Valiant", "PORT:Piraeus")), found.toString());
        assertTrue(suggested.spans().stream().allMatch(s -> LearnedRecognizer.ID.equals(s.annotator())));
    }
}
